from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_credentials as _o_auth_credentials
from . import o_auth_endpoints as _o_auth_endpoints
from . import oidc_algorithms as _oidc_algorithms
from . import oidc_issuer as _oidc_issuer
from . import oidc_settings as _oidc_settings
from .protocol_oidc_type import ProtocolOidcType

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_credentials import OAuthCredentials
    from .o_auth_endpoints import OAuthEndpoints
    from .oidc_algorithms import OidcAlgorithms
    from .oidc_issuer import OidcIssuer
    from .oidc_settings import OidcSettings


@_attrs_define(kw_only=True)
class ProtocolOidc(OktaModel):
    """OpenID Connect Protocol

    Protocol settings for authentication using the [OpenID Connect
    Protocol](http://openid.net/specs/openid-connect-core-1_0.html#CodeFlowAuth)

    Attributes:
        algorithms: OidcAlgorithms
        credentials: Client authentication credentials for an [OAuth 2.0 Authorization
            Server](https://tools.ietf.org/html/rfc6749#section-2.3)
        endpoints: The `OAUTH2` and `OIDC` protocols support the `authorization` and `token` endpoints. Also,
            the `OIDC` protocol supports the `userInfo` and `jwks` endpoints.

            The IdP Authorization Server (AS) endpoints are currently defined as part of the IdP
            provider) and are read-only.
        issuer: OIDC issuer identifier (issuer URL / expected `iss` value) for the external IdP
        okta_idp_org_url (`oktaIdpOrgUrl`): URL of the IdP org
        scopes: OpenID Connect and IdP-defined permission bundles to request delegated access from the
            user
            > **Note:** The [IdP
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=type&t=request)
            table lists the scopes that are supported for each IdP.
        settings: Advanced settings for the OpenID Connect protocol
        type_ (`type`): OpenID Connect Authorization Code flow
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithms": "algorithms",
        "credentials": "credentials",
        "endpoints": "endpoints",
        "issuer": "issuer",
        "oktaIdpOrgUrl": "okta_idp_org_url",
        "scopes": "scopes",
        "settings": "settings",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithms": "model",
        "credentials": "model",
        "endpoints": "model",
        "issuer": "model",
        "okta_idp_org_url": "str",
        "scopes": "list:str",
        "settings": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithms": lambda d: (
            _oidc_algorithms.OidcAlgorithms.from_json(v)
            if (v := d.get("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_algorithms.OidcAlgorithms, v)
        ),
        "credentials": lambda d: (
            _o_auth_credentials.OAuthCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials.OAuthCredentials, v)
        ),
        "endpoints": lambda d: (
            _o_auth_endpoints.OAuthEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_endpoints.OAuthEndpoints, v)
        ),
        "issuer": lambda d: (
            _oidc_issuer.OidcIssuer.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_issuer.OidcIssuer, v)
        ),
        "okta_idp_org_url": "oktaIdpOrgUrl",
        "scopes": "scopes",
        "settings": lambda d: (
            _oidc_settings.OidcSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_settings.OidcSettings, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(ProtocolOidcType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolOidc._json_names),
    }

    algorithms: OidcAlgorithms | None | Unset = UNSET
    credentials: OAuthCredentials | None | Unset = UNSET
    endpoints: OAuthEndpoints | None | Unset = UNSET
    issuer: OidcIssuer | None | Unset = UNSET
    okta_idp_org_url: str | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    settings: OidcSettings | None | Unset = UNSET
    type_: ProtocolOidcType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithms is not UNSET:
            d["algorithms"] = _convert.dump_model(self.algorithms, omit_read_only)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.endpoints is not UNSET:
            d["endpoints"] = _convert.dump_model(self.endpoints, omit_read_only)
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.okta_idp_org_url is not UNSET:
            d["oktaIdpOrgUrl"] = self.okta_idp_org_url
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.algorithms = (
            _oidc_algorithms.OidcAlgorithms.from_dict(v)
            if (v := d.pop("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_algorithms.OidcAlgorithms, v)
        )
        obj.credentials = (
            _o_auth_credentials.OAuthCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials.OAuthCredentials, v)
        )
        obj.endpoints = (
            _o_auth_endpoints.OAuthEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_endpoints.OAuthEndpoints, v)
        )
        obj.issuer = (
            _oidc_issuer.OidcIssuer.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_issuer.OidcIssuer, v)
        )
        obj.okta_idp_org_url = d.pop("oktaIdpOrgUrl", UNSET)
        obj.scopes = d.pop("scopes", UNSET)
        obj.settings = (
            _oidc_settings.OidcSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_settings.OidcSettings, v)
        )
        obj.type_ = _convert.parse_enum(ProtocolOidcType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
