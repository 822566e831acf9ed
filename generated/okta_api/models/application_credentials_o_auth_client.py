from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_endpoint_authentication_method import OAuthEndpointAuthenticationMethod

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "auto_key_rotation": "autoKeyRotation",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "pkce_required": "pkce_required",
        "token_endpoint_auth_method": lambda d: (
            _convert.parse_enum(OAuthEndpointAuthenticationMethod, v)
            if (v := d.get("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationCredentialsOAuthClient._json_names),
    }

    auto_key_rotation: bool | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    pkce_required: bool | None | Unset = UNSET
    token_endpoint_auth_method: OAuthEndpointAuthenticationMethod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auto_key_rotation is not UNSET:
            d["autoKeyRotation"] = self.auto_key_rotation
        if self.client_id is not UNSET:
            d["client_id"] = self.client_id
        if self.client_secret is not UNSET:
            d["client_secret"] = self.client_secret
        if self.pkce_required is not UNSET:
            d["pkce_required"] = self.pkce_required
        if self.token_endpoint_auth_method is not UNSET:
            d["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auto_key_rotation = d.pop("autoKeyRotation", UNSET)
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.pkce_required = d.pop("pkce_required", UNSET)
        obj.token_endpoint_auth_method = (
            _convert.parse_enum(OAuthEndpointAuthenticationMethod, v)
            if (v := d.pop("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
