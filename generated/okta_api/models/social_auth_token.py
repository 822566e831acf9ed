from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class SocialAuthToken(OktaModel):
    """The social authentication token object provides the tokens and associated metadata provided by
    social providers during social authentication.

    Attributes:
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the object expires
        id (read-only, never sent): Unique identifier for the token
        scopes (read-only, never sent): The scopes that the token is good for
        token (read-only, never sent): The raw token
        token_auth_scheme (`tokenAuthScheme`, read-only, never sent): The token authentication scheme as defined by the social provider
        token_type (`tokenType`, read-only, never sent): The type of token defined by the [OAuth Token Exchange
            Spec](https://tools.ietf.org/html/draft-ietf-oauth-token-exchange-07#section-3)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiresAt": "expires_at",
        "id": "id",
        "scopes": "scopes",
        "token": "token",
        "tokenAuthScheme": "token_auth_scheme",
        "tokenType": "token_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expires_at": "datetime",
        "id": "str",
        "scopes": "list:str",
        "token": "str",
        "token_auth_scheme": "str",
        "token_type": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "scopes": "scopes",
        "token": "token",
        "token_auth_scheme": "tokenAuthScheme",
        "token_type": "tokenType",
        "additional_properties": lambda d: _convert.undeclared(d, SocialAuthToken._json_names),
    }

    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    token: str | None | Unset = UNSET
    token_auth_scheme: str | None | Unset = UNSET
    token_type: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.scopes is not UNSET and not omit_read_only:
            d["scopes"] = self.scopes
        if self.token is not UNSET and not omit_read_only:
            d["token"] = self.token
        if self.token_auth_scheme is not UNSET and not omit_read_only:
            d["tokenAuthScheme"] = self.token_auth_scheme
        if self.token_type is not UNSET and not omit_read_only:
            d["tokenType"] = self.token_type
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.scopes = d.pop("scopes", UNSET)
        obj.token = d.pop("token", UNSET)
        obj.token_auth_scheme = d.pop("tokenAuthScheme", UNSET)
        obj.token_type = d.pop("tokenType", UNSET)
        obj.additional_properties = d
        return obj
