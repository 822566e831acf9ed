from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_embedded as _o_auth_2_refresh_token_embedded
from . import o_auth_2_refresh_token_links as _o_auth_2_refresh_token_links
from .grant_or_token_status import GrantOrTokenStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .o_auth_2_refresh_token_embedded import OAuth2RefreshTokenEmbedded
    from .o_auth_2_refresh_token_links import OAuth2RefreshTokenLinks


@_attrs_define(kw_only=True)
class OAuth2RefreshToken(OktaModel):
    """An Okta `OAuth2RefreshToken`.

    Attributes:
        client_id (`clientId`): Client ID
        created (read-only, never sent): Timestamp when the object was created
        expires_at (`expiresAt`, read-only, never sent): Expiration time of the OAuth 2.0 Token
        id (read-only, never sent): ID of the Token object
        issuer: The complete URL of the authorization server that issued the Token
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        scopes: The scope names attached to the Token
        status (read-only, never sent): Status
        user_id (`userId`): The ID of the user associated with the Token
        field_embedded (`_embedded`, read-only, never sent): The embedded resources related to the object if the `expand` query parameter is specified
        field_links (`_links`, read-only, never sent): OAuth2RefreshTokenLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clientId": "client_id",
        "created": "created",
        "expiresAt": "expires_at",
        "id": "id",
        "issuer": "issuer",
        "lastUpdated": "last_updated",
        "scopes": "scopes",
        "status": "status",
        "userId": "user_id",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "created": "datetime",
        "expires_at": "datetime",
        "id": "str",
        "issuer": "str",
        "last_updated": "datetime",
        "scopes": "list:str",
        "status": "enum",
        "user_id": "str",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": "clientId",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
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
            _convert.parse_enum(GrantOrTokenStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "user_id": "userId",
        "field_embedded": lambda d: (
            _o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded, v)
        ),
        "field_links": lambda d: (
            _o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2RefreshToken._json_names),
    }

    client_id: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    status: GrantOrTokenStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    field_embedded: OAuth2RefreshTokenEmbedded | None | Unset = UNSET
    field_links: OAuth2RefreshTokenLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
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
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.client_id = d.pop("clientId", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.scopes = d.pop("scopes", UNSET)
        obj.status = _convert.parse_enum(GrantOrTokenStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.user_id = d.pop("userId", UNSET)
        obj.field_embedded = (
            _o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded, v)
        )
        obj.field_links = (
            _o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks, v)
        )
        obj.additional_properties = d
        return obj
