from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_authorization(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_authorization_endpoint.OAuthAuthorizationEndpoint.from_json(v)
            if lazy
            else _o_auth_authorization_endpoint.OAuthAuthorizationEndpoint.from_dict(v)
        )
    return _convert.parse_model(_o_auth_authorization_endpoint.OAuthAuthorizationEndpoint, v)


def _parse_jwks(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_json(v)
            if lazy
            else _oidc_jwks_endpoint.OidcJwksEndpoint.from_dict(v)
        )
    return _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)


def _parse_slo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _oidc_slo_endpoint.OidcSloEndpoint.from_json(v) if lazy else _oidc_slo_endpoint.OidcSloEndpoint.from_dict(v)
        )
    return _convert.parse_model(_oidc_slo_endpoint.OidcSloEndpoint, v)


def _parse_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_token_endpoint.OAuthTokenEndpoint.from_json(v)
            if lazy
            else _o_auth_token_endpoint.OAuthTokenEndpoint.from_dict(v)
        )
    return _convert.parse_model(_o_auth_token_endpoint.OAuthTokenEndpoint, v)


def _parse_user_info(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _oidc_user_info_endpoint.OidcUserInfoEndpoint.from_json(v)
            if lazy
            else _oidc_user_info_endpoint.OidcUserInfoEndpoint.from_dict(v)
        )
    return _convert.parse_model(_oidc_user_info_endpoint.OidcUserInfoEndpoint, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authorization": ("authorization", _parse_authorization),
        "jwks": ("jwks", _parse_jwks),
        "slo": ("slo", _parse_slo),
        "token": ("token", _parse_token),
        "user_info": ("userInfo", _parse_user_info),
    }

    authorization: OAuthAuthorizationEndpoint | None = _attrs_field(init=False)
    jwks: OidcJwksEndpoint | None = _attrs_field(init=False)
    slo: OidcSloEndpoint | None = _attrs_field(init=False)
    token: OAuthTokenEndpoint | None = _attrs_field(init=False)
    user_info: OidcUserInfoEndpoint | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorization: OAuthAuthorizationEndpoint | None | Unset = UNSET,
        jwks: OidcJwksEndpoint | None | Unset = UNSET,
        slo: OidcSloEndpoint | None | Unset = UNSET,
        token: OAuthTokenEndpoint | None | Unset = UNSET,
        user_info: OidcUserInfoEndpoint | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorization is not UNSET:
            _set_field(self, "authorization", authorization)
        if jwks is not UNSET:
            _set_field(self, "jwks", jwks)
        if slo is not UNSET:
            _set_field(self, "slo", slo)
        if token is not UNSET:
            _set_field(self, "token", token)
        if user_info is not UNSET:
            _set_field(self, "user_info", user_info)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorization", UNSET)) is not UNSET:
            d["authorization"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("jwks", UNSET)) is not UNSET:
            d["jwks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("slo", UNSET)) is not UNSET:
            d["slo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("token", UNSET)) is not UNSET:
            d["token"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_info", UNSET)) is not UNSET:
            d["userInfo"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorization", UNSET)) is not UNSET:
            obj.authorization = _parse_authorization(v, False)
        if (v := d.pop("jwks", UNSET)) is not UNSET:
            obj.jwks = _parse_jwks(v, False)
        if (v := d.pop("slo", UNSET)) is not UNSET:
            obj.slo = _parse_slo(v, False)
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = _parse_token(v, False)
        if (v := d.pop("userInfo", UNSET)) is not UNSET:
            obj.user_info = _parse_user_info(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
