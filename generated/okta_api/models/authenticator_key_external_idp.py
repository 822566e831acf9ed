from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import authenticator_links as _authenticator_links
from .authenticator_key_enum import AuthenticatorKeyEnum
from .authenticator_simple import AuthenticatorSimple
from .authenticator_type import AuthenticatorType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_links import AuthenticatorLinks


@_attrs_define(kw_only=True)
class AuthenticatorKeyExternalIdp(AuthenticatorSimple):
    """An Okta `AuthenticatorKeyExternalIdp`.

    Attributes:
        created (read-only, never sent): Timestamp when the authenticator was created
        description: The description of the authenticator. This setting is only available for the `webauthn`
            authenticator type (Passkeys).
        id (read-only, never sent): A unique identifier for the authenticator
        key: A human-readable string that identifies the authenticator
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the authenticator was last modified
        name: Display name of the authenticator
        status: LifecycleStatus
        type_ (`type`): The type of authenticator
        field_links (`_links`): AuthenticatorLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "description": "description",
        "id": "id",
        "key": "key",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "description": "str",
        "id": "str",
        "key": "enum",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "key": lambda d: (
            _convert.parse_enum(AuthenticatorKeyEnum, v) if (v := d.get("key", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(AuthenticatorType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _authenticator_links.AuthenticatorLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_links.AuthenticatorLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyExternalIdp._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    key: AuthenticatorKeyEnum | None | Unset = AuthenticatorKeyEnum("external_idp")
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    type_: AuthenticatorType | None | Unset = UNSET
    field_links: AuthenticatorLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.key is not UNSET:
            d["key"] = self.key
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.key = _convert.parse_enum(AuthenticatorKeyEnum, v) if (v := d.pop("key", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(AuthenticatorType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _authenticator_links.AuthenticatorLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_links.AuthenticatorLinks, v)
        )
        obj.additional_properties = d
        return obj
