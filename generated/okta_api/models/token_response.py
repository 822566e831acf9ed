from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .token_response_token_type import TokenResponseTokenType
from .token_type import TokenType

if TYPE_CHECKING:
    from typing import Self


_parse_issued_token_type = _convert.enum_parser(TokenType)

_parse_token_type = _convert.enum_parser(TokenResponseTokenType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access_token": ("access_token", None),
        "device_secret": ("device_secret", None),
        "expires_in": ("expires_in", None),
        "id_token": ("id_token", None),
        "issued_token_type": ("issued_token_type", _parse_issued_token_type),
        "refresh_token": ("refresh_token", None),
        "scope": ("scope", None),
        "token_type": ("token_type", _parse_token_type),
    }

    access_token: str | None = _attrs_field(init=False)
    device_secret: str | None = _attrs_field(init=False)
    expires_in: int | None = _attrs_field(init=False)
    id_token: str | None = _attrs_field(init=False)
    issued_token_type: TokenType | None = _attrs_field(init=False)
    refresh_token: str | None = _attrs_field(init=False)
    scope: str | None = _attrs_field(init=False)
    token_type: TokenResponseTokenType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access_token: str | None | Unset = UNSET,
        device_secret: str | None | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        id_token: str | None | Unset = UNSET,
        issued_token_type: TokenType | None | Unset = UNSET,
        refresh_token: str | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        token_type: TokenResponseTokenType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access_token is not UNSET:
            _set_field(self, "access_token", access_token)
        if device_secret is not UNSET:
            _set_field(self, "device_secret", device_secret)
        if expires_in is not UNSET:
            _set_field(self, "expires_in", expires_in)
        if id_token is not UNSET:
            _set_field(self, "id_token", id_token)
        if issued_token_type is not UNSET:
            _set_field(self, "issued_token_type", issued_token_type)
        if refresh_token is not UNSET:
            _set_field(self, "refresh_token", refresh_token)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if token_type is not UNSET:
            _set_field(self, "token_type", token_type)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access_token", UNSET)) is not UNSET:
            d["access_token"] = v
        if (v := values.get("device_secret", UNSET)) is not UNSET:
            d["device_secret"] = v
        if (v := values.get("expires_in", UNSET)) is not UNSET:
            d["expires_in"] = v
        if (v := values.get("id_token", UNSET)) is not UNSET:
            d["id_token"] = v
        if (v := values.get("issued_token_type", UNSET)) is not UNSET:
            d["issued_token_type"] = v
        if (v := values.get("refresh_token", UNSET)) is not UNSET:
            d["refresh_token"] = v
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
        if (v := values.get("token_type", UNSET)) is not UNSET:
            d["token_type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("access_token", UNSET)) is not UNSET:
            obj.access_token = v
        if (v := d.pop("device_secret", UNSET)) is not UNSET:
            obj.device_secret = v
        if (v := d.pop("expires_in", UNSET)) is not UNSET:
            obj.expires_in = v
        if (v := d.pop("id_token", UNSET)) is not UNSET:
            obj.id_token = v
        if (v := d.pop("issued_token_type", UNSET)) is not UNSET:
            obj.issued_token_type = _parse_issued_token_type(v, False)
        if (v := d.pop("refresh_token", UNSET)) is not UNSET:
            obj.refresh_token = v
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = v
        if (v := d.pop("token_type", UNSET)) is not UNSET:
            obj.token_type = _parse_token_type(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
