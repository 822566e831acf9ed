from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_algorithms(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _oidc_algorithms.OidcAlgorithms.from_json(v) if lazy else _oidc_algorithms.OidcAlgorithms.from_dict(v)
    return _convert.parse_model(_oidc_algorithms.OidcAlgorithms, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_credentials.OAuthCredentials.from_json(v)
            if lazy
            else _o_auth_credentials.OAuthCredentials.from_dict(v)
        )
    return _convert.parse_model(_o_auth_credentials.OAuthCredentials, v)


def _parse_endpoints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _o_auth_endpoints.OAuthEndpoints.from_json(v) if lazy else _o_auth_endpoints.OAuthEndpoints.from_dict(v)
    return _convert.parse_model(_o_auth_endpoints.OAuthEndpoints, v)


def _parse_issuer(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _oidc_issuer.OidcIssuer.from_json(v) if lazy else _oidc_issuer.OidcIssuer.from_dict(v)
    return _convert.parse_model(_oidc_issuer.OidcIssuer, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _oidc_settings.OidcSettings.from_json(v) if lazy else _oidc_settings.OidcSettings.from_dict(v)
    return _convert.parse_model(_oidc_settings.OidcSettings, v)


_parse_type_ = _convert.enum_parser(ProtocolOidcType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "algorithms": ("algorithms", _parse_algorithms),
        "credentials": ("credentials", _parse_credentials),
        "endpoints": ("endpoints", _parse_endpoints),
        "issuer": ("issuer", _parse_issuer),
        "okta_idp_org_url": ("oktaIdpOrgUrl", None),
        "scopes": ("scopes", None),
        "settings": ("settings", _parse_settings),
        "type_": ("type", _parse_type_),
    }

    algorithms: OidcAlgorithms | None = _attrs_field(init=False)
    credentials: OAuthCredentials | None = _attrs_field(init=False)
    endpoints: OAuthEndpoints | None = _attrs_field(init=False)
    issuer: OidcIssuer | None = _attrs_field(init=False)
    okta_idp_org_url: str | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    settings: OidcSettings | None = _attrs_field(init=False)
    type_: ProtocolOidcType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        algorithms: OidcAlgorithms | None | Unset = UNSET,
        credentials: OAuthCredentials | None | Unset = UNSET,
        endpoints: OAuthEndpoints | None | Unset = UNSET,
        issuer: OidcIssuer | None | Unset = UNSET,
        okta_idp_org_url: str | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        settings: OidcSettings | None | Unset = UNSET,
        type_: ProtocolOidcType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if algorithms is not UNSET:
            _set_field(self, "algorithms", algorithms)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if endpoints is not UNSET:
            _set_field(self, "endpoints", endpoints)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if okta_idp_org_url is not UNSET:
            _set_field(self, "okta_idp_org_url", okta_idp_org_url)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("algorithms", UNSET)) is not UNSET:
            d["algorithms"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("endpoints", UNSET)) is not UNSET:
            d["endpoints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_idp_org_url", UNSET)) is not UNSET:
            d["oktaIdpOrgUrl"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("algorithms", UNSET)) is not UNSET:
            obj.algorithms = _parse_algorithms(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("endpoints", UNSET)) is not UNSET:
            obj.endpoints = _parse_endpoints(v, False)
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = _parse_issuer(v, False)
        if (v := d.pop("oktaIdpOrgUrl", UNSET)) is not UNSET:
            obj.okta_idp_org_url = v
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
