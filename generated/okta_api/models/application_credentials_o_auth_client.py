from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .o_auth_endpoint_authentication_method import OAuthEndpointAuthenticationMethod

if TYPE_CHECKING:
    from typing import Self


_parse_token_endpoint_auth_method = _convert.enum_parser(OAuthEndpointAuthenticationMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApplicationCredentialsOAuthClient(OktaModel):
    """An Okta `ApplicationCredentialsOAuthClient`.

    Attributes:
        auto_key_rotation (`autoKeyRotation`): Requested key rotation mode
        client_id: Unique identifier for the OAuth 2.0 client app

            > **Notes:**
            > * If you don't specify the `client_id`, this immutable property is populated with the
            [Application instance
            ID](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=response&c=200&path=&d=0/id).
            > * The `client_id` must consist of alphanumeric characters or the following special
            characters: `$-_.+!*'(),`.
            > * You can't use the reserved word `ALL_CLIENTS`.
        client_secret: OAuth 2.0 client secret string (used for confidential clients)

            > **Notes:** If a `client_secret` isn't provided on creation, and the
            `token_endpoint_auth_method` requires one, Okta generates a random `client_secret` for the
            client app.
            > The `client_secret` is only shown when an OAuth 2.0 client app is created or updated
            (and only if the `token_endpoint_auth_method` requires a client secret).
        pkce_required: Requires Proof Key for Code Exchange (PKCE) for additional verification. If
            `token_endpoint_auth_method` is `none`, then `pkce_required` must be `true`. The default
            is `true` for browser and native app types.
        token_endpoint_auth_method: Requested authentication method for the token endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "autoKeyRotation": "auto_key_rotation",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "pkce_required": "pkce_required",
        "token_endpoint_auth_method": "token_endpoint_auth_method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auto_key_rotation": "bool",
        "client_id": "str",
        "client_secret": "str",
        "pkce_required": "bool",
        "token_endpoint_auth_method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auto_key_rotation": ("autoKeyRotation", None),
        "client_id": ("client_id", None),
        "client_secret": ("client_secret", None),
        "pkce_required": ("pkce_required", None),
        "token_endpoint_auth_method": ("token_endpoint_auth_method", _parse_token_endpoint_auth_method),
    }

    auto_key_rotation: bool | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    client_secret: str | None = _attrs_field(init=False, repr=_convert.masked)
    pkce_required: bool | None = _attrs_field(init=False)
    token_endpoint_auth_method: OAuthEndpointAuthenticationMethod | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auto_key_rotation: bool | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        pkce_required: bool | None | Unset = UNSET,
        token_endpoint_auth_method: OAuthEndpointAuthenticationMethod | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auto_key_rotation is not UNSET:
            _set_field(self, "auto_key_rotation", auto_key_rotation)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if pkce_required is not UNSET:
            _set_field(self, "pkce_required", pkce_required)
        if token_endpoint_auth_method is not UNSET:
            _set_field(self, "token_endpoint_auth_method", token_endpoint_auth_method)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auto_key_rotation", UNSET)) is not UNSET:
            d["autoKeyRotation"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["client_id"] = v
        if (v := values.get("client_secret", UNSET)) is not UNSET:
            d["client_secret"] = v
        if (v := values.get("pkce_required", UNSET)) is not UNSET:
            d["pkce_required"] = v
        if (v := values.get("token_endpoint_auth_method", UNSET)) is not UNSET:
            d["token_endpoint_auth_method"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("autoKeyRotation", UNSET)) is not UNSET:
            obj.auto_key_rotation = v
        if (v := d.pop("client_id", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("client_secret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("pkce_required", UNSET)) is not UNSET:
            obj.pkce_required = v
        if (v := d.pop("token_endpoint_auth_method", UNSET)) is not UNSET:
            obj.token_endpoint_auth_method = _parse_token_endpoint_auth_method(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
