from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_authorization_endpoint as _o_auth_authorization_endpoint
from . import o_auth_token_endpoint as _o_auth_token_endpoint
from . import oidc_jwks_endpoint as _oidc_jwks_endpoint
from . import oidc_slo_endpoint as _oidc_slo_endpoint
from . import oidc_user_info_endpoint as _oidc_user_info_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_authorization_endpoint import OAuthAuthorizationEndpoint
    from .o_auth_token_endpoint import OAuthTokenEndpoint
    from .oidc_jwks_endpoint import OidcJwksEndpoint
    from .oidc_slo_endpoint import OidcSloEndpoint
    from .oidc_user_info_endpoint import OidcUserInfoEndpoint


@_attrs_define(kw_only=True)
class OAuthEndpoints(OktaModel):
    """The `OAUTH2` and `OIDC` protocols support the `authorization` and `token` endpoints. Also, the
    `OIDC` protocol supports the `userInfo` and `jwks` endpoints.

    The IdP Authorization Server (AS) endpoints are currently defined as part of the IdP provider) and
    are read-only.

    Attributes:
        authorization: Endpoint for an [OAuth 2.0 Authorization Server
            (AS)](https://tools.ietf.org/html/rfc6749#page-18)
        jwks: Endpoint for the JSON Web Key Set (JWKS) document. This document contains signing keys
            that are used to validate the signatures from the provider. For more information on JWKS,
            see [JSON Web Key](https://tools.ietf.org/html/rfc7517).
        slo: OIDC IdP logout endpoint
        token: Endpoint for an [OAuth 2.0 Authorization Server
            (AS)](https://tools.ietf.org/html/rfc6749#page-18)
        user_info (`userInfo`): Endpoint for getting identity information about the user. For more information on the
            `/userinfo` endpoint, see [OpenID
            Connect](https://openid.net/specs/openid-connect-core-1_0.html#UserInfo).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization": "authorization",
        "jwks": "jwks",
        "slo": "slo",
        "token": "token",
        "userInfo": "user_info",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorization": "model",
        "jwks": "model",
        "slo": "model",
        "token": "model",
        "user_info": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorization": lambda d: (
            _o_auth_authorization_endpoint.OAuthAuthorizationEndpoint.from_json(v)
            if (v := d.get("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_authorization_endpoint.OAuthAuthorizationEndpoint, v)
        ),
        "jwks": lambda d: (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)
        ),
        "slo": lambda d: (
            _oidc_slo_endpoint.OidcSloEndpoint.from_json(v)
            if (v := d.get("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_slo_endpoint.OidcSloEndpoint, v)
        ),
        "token": lambda d: (
            _o_auth_token_endpoint.OAuthTokenEndpoint.from_json(v)
            if (v := d.get("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_token_endpoint.OAuthTokenEndpoint, v)
        ),
        "user_info": lambda d: (
            _oidc_user_info_endpoint.OidcUserInfoEndpoint.from_json(v)
            if (v := d.get("userInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_user_info_endpoint.OidcUserInfoEndpoint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthEndpoints._json_names),
    }

    authorization: OAuthAuthorizationEndpoint | None | Unset = UNSET
    jwks: OidcJwksEndpoint | None | Unset = UNSET
    slo: OidcSloEndpoint | None | Unset = UNSET
    token: OAuthTokenEndpoint | None | Unset = UNSET
    user_info: OidcUserInfoEndpoint | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorization is not UNSET:
            d["authorization"] = _convert.dump_model(self.authorization, omit_read_only)
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.slo is not UNSET:
            d["slo"] = _convert.dump_model(self.slo, omit_read_only)
        if self.token is not UNSET:
            d["token"] = _convert.dump_model(self.token, omit_read_only)
        if self.user_info is not UNSET:
            d["userInfo"] = _convert.dump_model(self.user_info, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorization = (
            _o_auth_authorization_endpoint.OAuthAuthorizationEndpoint.from_dict(v)
            if (v := d.pop("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_authorization_endpoint.OAuthAuthorizationEndpoint, v)
        )
        obj.jwks = (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)
        )
        obj.slo = (
            _oidc_slo_endpoint.OidcSloEndpoint.from_dict(v)
            if (v := d.pop("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_slo_endpoint.OidcSloEndpoint, v)
        )
        obj.token = (
            _o_auth_token_endpoint.OAuthTokenEndpoint.from_dict(v)
            if (v := d.pop("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_token_endpoint.OAuthTokenEndpoint, v)
        )
        obj.user_info = (
            _oidc_user_info_endpoint.OidcUserInfoEndpoint.from_dict(v)
            if (v := d.pop("userInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_user_info_endpoint.OidcUserInfoEndpoint, v)
        )
        obj.additional_properties = d
        return obj
