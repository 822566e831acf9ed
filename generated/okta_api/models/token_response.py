from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .token_response_token_type import TokenResponseTokenType
from .token_type import TokenType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class TokenResponse(OktaModel):
    """An Okta `TokenResponse`.

    Attributes:
        access_token: An access token.
        device_secret: An opaque device secret. This is returned if the `device_sso` scope is granted.
        expires_in: The expiration time of the access token in seconds.
        id_token: An ID token. This is returned if the `openid` scope is granted.
        issued_token_type: The type of token for token exchange. `urn:okta:params:oauth:token-type:interclient_token`
            is EA.
        refresh_token: An opaque refresh token. This is returned if the `offline_access` scope is granted.
        scope: The scopes contained in the access token.
        token_type: The token type in a `/token` response. The value is generally `Bearer` except for a few
            instances of token exchange.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access_token": "access_token",
        "device_secret": "device_secret",
        "expires_in": "expires_in",
        "id_token": "id_token",
        "issued_token_type": "issued_token_type",
        "refresh_token": "refresh_token",
        "scope": "scope",
        "token_type": "token_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access_token": "str",
        "device_secret": "str",
        "expires_in": "int",
        "id_token": "str",
        "issued_token_type": "enum",
        "refresh_token": "str",
        "scope": "str",
        "token_type": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access_token": "access_token",
        "device_secret": "device_secret",
        "expires_in": "expires_in",
        "id_token": "id_token",
        "issued_token_type": lambda d: (
            _convert.parse_enum(TokenType, v) if (v := d.get("issued_token_type", UNSET)).__class__ is str else v
        ),
        "refresh_token": "refresh_token",
        "scope": "scope",
        "token_type": lambda d: (
            _convert.parse_enum(TokenResponseTokenType, v) if (v := d.get("token_type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenResponse._json_names),
    }

    access_token: str | None | Unset = UNSET
    device_secret: str | None | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    id_token: str | None | Unset = UNSET
    issued_token_type: TokenType | None | Unset = UNSET
    refresh_token: str | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    token_type: TokenResponseTokenType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access_token is not UNSET:
            d["access_token"] = self.access_token
        if self.device_secret is not UNSET:
            d["device_secret"] = self.device_secret
        if self.expires_in is not UNSET:
            d["expires_in"] = self.expires_in
        if self.id_token is not UNSET:
            d["id_token"] = self.id_token
        if self.issued_token_type is not UNSET:
            d["issued_token_type"] = self.issued_token_type
        if self.refresh_token is not UNSET:
            d["refresh_token"] = self.refresh_token
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.token_type is not UNSET:
            d["token_type"] = self.token_type
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access_token = d.pop("access_token", UNSET)
        obj.device_secret = d.pop("device_secret", UNSET)
        obj.expires_in = d.pop("expires_in", UNSET)
        obj.id_token = d.pop("id_token", UNSET)
        obj.issued_token_type = (
            _convert.parse_enum(TokenType, v) if (v := d.pop("issued_token_type", UNSET)).__class__ is str else v
        )
        obj.refresh_token = d.pop("refresh_token", UNSET)
        obj.scope = d.pop("scope", UNSET)
        obj.token_type = (
            _convert.parse_enum(TokenResponseTokenType, v) if (v := d.pop("token_type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
