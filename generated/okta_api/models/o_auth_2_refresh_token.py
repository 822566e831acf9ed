from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_embedded as _o_auth_2_refresh_token_embedded
from . import o_auth_2_refresh_token_links as _o_auth_2_refresh_token_links
from .grant_or_token_status import GrantOrTokenStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .o_auth_2_refresh_token_embedded import OAuth2RefreshTokenEmbedded
    from .o_auth_2_refresh_token_links import OAuth2RefreshTokenLinks


_parse_status = _convert.enum_parser(GrantOrTokenStatus)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded.from_json(v)
            if lazy
            else _o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_refresh_token_embedded.OAuth2RefreshTokenEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks.from_json(v)
            if lazy
            else _o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_refresh_token_links.OAuth2RefreshTokenLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "client_id": ("clientId", None),
        "created": ("created", _convert.parse_datetime),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "id": ("id", None),
        "issuer": ("issuer", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "scopes": ("scopes", None),
        "status": ("status", _parse_status),
        "user_id": ("userId", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    client_id: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    status: GrantOrTokenStatus | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    field_embedded: OAuth2RefreshTokenEmbedded | None = _attrs_field(init=False)
    field_links: OAuth2RefreshTokenLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        status: GrantOrTokenStatus | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        field_embedded: OAuth2RefreshTokenEmbedded | None | Unset = UNSET,
        field_links: OAuth2RefreshTokenLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if created is not UNSET:
            _set_field(self, "created", created)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if id is not UNSET:
            _set_field(self, "id", id)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if status is not UNSET:
            _set_field(self, "status", status)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["clientId"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
