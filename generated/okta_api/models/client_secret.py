from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .client_secret_status import ClientSecretStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class ClientSecret(OktaModel):
    """An Okta `ClientSecret`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        client_secret: str
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        secret_hash: str
        status: ClientSecretStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "client_secret": "client_secret",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "secret_hash": "secret_hash",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "client_secret": "str",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "secret_hash": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "client_secret": "client_secret",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "secret_hash": "secret_hash",
        "status": lambda d: (
            _convert.parse_enum(ClientSecretStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ClientSecret._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    secret_hash: str | None | Unset = UNSET
    status: ClientSecretStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.client_secret is not UNSET:
            d["client_secret"] = self.client_secret
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.secret_hash is not UNSET:
            d["secret_hash"] = self.secret_hash
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.secret_hash = d.pop("secret_hash", UNSET)
        obj.status = _convert.parse_enum(ClientSecretStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
