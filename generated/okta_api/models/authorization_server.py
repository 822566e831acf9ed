from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authorization_server_credentials as _authorization_server_credentials
from .authorization_server_issuer_mode import AuthorizationServerIssuerMode
from .authorization_server_status import AuthorizationServerStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authorization_server_credentials import AuthorizationServerCredentials


@_attrs_define(kw_only=True)
class AuthorizationServer(OktaModel):
    """An Okta `AuthorizationServer`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        audiences: list[str]
        created (read-only, never sent): datetime.datetime
        credentials: AuthorizationServerCredentials
        default (read-only, never sent): bool
        description: str
        id (read-only, never sent): str
        issuer: str
        issuer_mode (`issuerMode`): AuthorizationServerIssuerMode
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: str
        status: AuthorizationServerStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "audiences": "audiences",
        "created": "created",
        "credentials": "credentials",
        "default": "default",
        "description": "description",
        "id": "id",
        "issuer": "issuer",
        "issuerMode": "issuer_mode",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "audiences": "list:str",
        "created": "datetime",
        "credentials": "model",
        "default": "bool",
        "description": "str",
        "id": "str",
        "issuer": "str",
        "issuer_mode": "enum",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "audiences": "audiences",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _authorization_server_credentials.AuthorizationServerCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_credentials.AuthorizationServerCredentials, v)
        ),
        "default": "default",
        "description": "description",
        "id": "id",
        "issuer": "issuer",
        "issuer_mode": lambda d: (
            _convert.parse_enum(AuthorizationServerIssuerMode, v)
            if (v := d.get("issuerMode", UNSET)).__class__ is str
            else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(AuthorizationServerStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServer._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    audiences: list[str] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: AuthorizationServerCredentials | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    issuer_mode: AuthorizationServerIssuerMode | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: AuthorizationServerStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.audiences is not UNSET:
            d["audiences"] = self.audiences
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.default is not UNSET and not omit_read_only:
            d["default"] = self.default
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.issuer_mode is not UNSET:
            d["issuerMode"] = self.issuer_mode
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
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
        obj.audiences = d.pop("audiences", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _authorization_server_credentials.AuthorizationServerCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_credentials.AuthorizationServerCredentials, v)
        )
        obj.default = d.pop("default", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.issuer_mode = (
            _convert.parse_enum(AuthorizationServerIssuerMode, v)
            if (v := d.pop("issuerMode", UNSET)).__class__ is str
            else v
        )
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = (
            _convert.parse_enum(AuthorizationServerStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
