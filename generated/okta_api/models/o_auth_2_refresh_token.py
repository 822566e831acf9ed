from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_actor as _o_auth_2_actor
from .o_auth_2_refresh_token_status import OAuth2RefreshTokenStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .o_auth_2_actor import OAuth2Actor


@_attrs_define(kw_only=True)
class OAuth2RefreshToken(OktaModel):
    """An Okta `OAuth2RefreshToken`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        client_id (`clientId`): str
        created (read-only, never sent): datetime.datetime
        created_by (`createdBy`): OAuth2Actor
        expires_at (`expiresAt`, read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        issuer: str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        scopes: list[str]
        status: OAuth2RefreshTokenStatus
        user_id (`userId`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "clientId": "client_id",
        "created": "created",
        "createdBy": "created_by",
        "expiresAt": "expires_at",
        "id": "id",
        "issuer": "issuer",
        "lastUpdated": "last_updated",
        "scopes": "scopes",
        "status": "status",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "client_id": "str",
        "created": "datetime",
        "created_by": "model",
        "expires_at": "datetime",
        "id": "str",
        "issuer": "str",
        "last_updated": "datetime",
        "scopes": "list:str",
        "status": "enum",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "client_id": "clientId",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": lambda d: (
            _o_auth_2_actor.OAuth2Actor.from_json(v)
            if (v := d.get("createdBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_actor.OAuth2Actor, v)
        ),
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "issuer": "issuer",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "scopes": "scopes",
        "status": lambda d: (
            _convert.parse_enum(OAuth2RefreshTokenStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2RefreshToken._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by: OAuth2Actor | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    status: OAuth2RefreshTokenStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET:
            d["createdBy"] = _convert.dump_model(self.created_by, omit_read_only)
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.status is not UNSET:
            d["status"] = self.status
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = (
            _o_auth_2_actor.OAuth2Actor.from_dict(v)
            if (v := d.pop("createdBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_actor.OAuth2Actor, v)
        )
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.scopes = d.pop("scopes", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2RefreshTokenStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
