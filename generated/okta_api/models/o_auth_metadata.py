from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .code_challenge_method import CodeChallengeMethod
from .endpoint_auth_method import EndpointAuthMethod
from .grant_type import GrantType
from .o_auth_metadata_dpop_signing_alg_values_supported_item import OAuthMetadataDpopSigningAlgValuesSupportedItem
from .response_mode import ResponseMode
from .response_types_supported import ResponseTypesSupported
from .signing_algorithm import SigningAlgorithm
from .subject_type import SubjectType
from .token_delivery_mode import TokenDeliveryMode

if TYPE_CHECKING:
    from typing import Self


def _parse_backchannel_authentication_request_signing_alg_values_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SigningAlgorithm, v)


def _parse_backchannel_token_delivery_modes_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(TokenDeliveryMode, v)


def _parse_code_challenge_methods_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(CodeChallengeMethod, v)


def _parse_dpop_signing_alg_values_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(OAuthMetadataDpopSigningAlgValuesSupportedItem, v)


def _parse_grant_types_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(GrantType, v)


def _parse_introspection_endpoint_auth_methods_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(EndpointAuthMethod, v)


def _parse_request_object_signing_alg_values_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SigningAlgorithm, v)


def _parse_response_modes_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ResponseMode, v)


def _parse_response_types_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ResponseTypesSupported, v)


def _parse_revocation_endpoint_auth_methods_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(EndpointAuthMethod, v)


def _parse_subject_types_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SubjectType, v)


def _parse_token_endpoint_auth_methods_supported(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(EndpointAuthMethod, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuthMetadata(OktaModel):
    """An Okta `OAuthMetadata`.

    Attributes:
        authorization_endpoint: URL of the authorization server's authorization endpoint.
        backchannel_authentication_request_signing_alg_values_supported: <x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>A
            list of signing algorithms that this authorization server supports for signed requests.
        backchannel_token_delivery_modes_supported: <x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>The
            delivery modes that this authorization server supports for Client-Initiated Backchannel
            Authentication.
        claims_supported: A list of the claims supported by this authorization server.
        code_challenge_methods_supported: A list of PKCE code challenge methods supported by this authorization server.
        device_authorization_endpoint: str
        dpop_signing_alg_values_supported: A list of signing algorithms supported by this authorization server for Demonstrating
            Proof-of-Possession (DPoP) JWTs.
        end_session_endpoint: URL of the authorization server's logout endpoint.
        grant_types_supported: A list of the grant type values that this authorization server supports.
        introspection_endpoint: URL of the authorization server's introspection endpoint.
        introspection_endpoint_auth_methods_supported: A list of client authentication methods supported by this introspection endpoint.
        issuer: The authorization server's issuer identifier. In the context of this document, this is
            your authorization server's base URL. This becomes the `iss` claim in an access token.
        jwks_uri: URL of the authorization server's JSON Web Key Set document.
        pushed_authorization_request_endpoint: str
        registration_endpoint: URL of the authorization server's JSON Web Key Set document.
        request_object_signing_alg_values_supported: A list of signing algorithms that this authorization server supports for signed requests.
        request_parameter_supported: Indicates if Request Parameters are supported by this authorization server.
        response_modes_supported: A list of the `response_mode` values that this authorization server supports. More
            information here.
        response_types_supported: A list of the `response_type` values that this authorization server supports. Can be a
            combination of `code`, `token`, and `id_token`.
        revocation_endpoint: URL of the authorization server's revocation endpoint.
        revocation_endpoint_auth_methods_supported: A list of client authentication methods supported by this revocation endpoint.
        scopes_supported: A list of the scope values that this authorization server supports.
        subject_types_supported: A list of the Subject Identifier types that this authorization server supports. Valid
            types include `pairwise` and `public`, but only `public` is currently supported. See the
            [Subject Identifier
            Types](https://openid.net/specs/openid-connect-core-1_0.html#SubjectIDTypes) section in
            the OpenID Connect specification.
        token_endpoint: URL of the authorization server's token endpoint.
        token_endpoint_auth_methods_supported: A list of client authentication methods supported by this token endpoint.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization_endpoint": "authorization_endpoint",
        "backchannel_authentication_request_signing_alg_values_supported": "backchannel_authentication_request_signing_alg_values_supported",
        "backchannel_token_delivery_modes_supported": "backchannel_token_delivery_modes_supported",
        "claims_supported": "claims_supported",
        "code_challenge_methods_supported": "code_challenge_methods_supported",
        "device_authorization_endpoint": "device_authorization_endpoint",
        "dpop_signing_alg_values_supported": "dpop_signing_alg_values_supported",
        "end_session_endpoint": "end_session_endpoint",
        "grant_types_supported": "grant_types_supported",
        "introspection_endpoint": "introspection_endpoint",
        "introspection_endpoint_auth_methods_supported": "introspection_endpoint_auth_methods_supported",
        "issuer": "issuer",
        "jwks_uri": "jwks_uri",
        "pushed_authorization_request_endpoint": "pushed_authorization_request_endpoint",
        "registration_endpoint": "registration_endpoint",
        "request_object_signing_alg_values_supported": "request_object_signing_alg_values_supported",
        "request_parameter_supported": "request_parameter_supported",
        "response_modes_supported": "response_modes_supported",
        "response_types_supported": "response_types_supported",
        "revocation_endpoint": "revocation_endpoint",
        "revocation_endpoint_auth_methods_supported": "revocation_endpoint_auth_methods_supported",
        "scopes_supported": "scopes_supported",
        "subject_types_supported": "subject_types_supported",
        "token_endpoint": "token_endpoint",
        "token_endpoint_auth_methods_supported": "token_endpoint_auth_methods_supported",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorization_endpoint": "str",
        "backchannel_authentication_request_signing_alg_values_supported": "list:enum",
        "backchannel_token_delivery_modes_supported": "list:enum",
        "claims_supported": "list:str",
        "code_challenge_methods_supported": "list:enum",
        "device_authorization_endpoint": "str",
        "dpop_signing_alg_values_supported": "list:enum",
        "end_session_endpoint": "str",
        "grant_types_supported": "list:enum",
        "introspection_endpoint": "str",
        "introspection_endpoint_auth_methods_supported": "list:enum",
        "issuer": "str",
        "jwks_uri": "str",
        "pushed_authorization_request_endpoint": "str",
        "registration_endpoint": "str",
        "request_object_signing_alg_values_supported": "list:enum",
        "request_parameter_supported": "bool",
        "response_modes_supported": "list:enum",
        "response_types_supported": "list:enum",
        "revocation_endpoint": "str",
        "revocation_endpoint_auth_methods_supported": "list:enum",
        "scopes_supported": "list:str",
        "subject_types_supported": "list:enum",
        "token_endpoint": "str",
        "token_endpoint_auth_methods_supported": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorization_endpoint": ("authorization_endpoint", None),
        "backchannel_authentication_request_signing_alg_values_supported": (
            "backchannel_authentication_request_signing_alg_values_supported",
            _parse_backchannel_authentication_request_signing_alg_values_supported,
        ),
        "backchannel_token_delivery_modes_supported": (
            "backchannel_token_delivery_modes_supported",
            _parse_backchannel_token_delivery_modes_supported,
        ),
        "claims_supported": ("claims_supported", None),
        "code_challenge_methods_supported": (
            "code_challenge_methods_supported",
            _parse_code_challenge_methods_supported,
        ),
        "device_authorization_endpoint": ("device_authorization_endpoint", None),
        "dpop_signing_alg_values_supported": (
            "dpop_signing_alg_values_supported",
            _parse_dpop_signing_alg_values_supported,
        ),
        "end_session_endpoint": ("end_session_endpoint", None),
        "grant_types_supported": ("grant_types_supported", _parse_grant_types_supported),
        "introspection_endpoint": ("introspection_endpoint", None),
        "introspection_endpoint_auth_methods_supported": (
            "introspection_endpoint_auth_methods_supported",
            _parse_introspection_endpoint_auth_methods_supported,
        ),
        "issuer": ("issuer", None),
        "jwks_uri": ("jwks_uri", None),
        "pushed_authorization_request_endpoint": ("pushed_authorization_request_endpoint", None),
        "registration_endpoint": ("registration_endpoint", None),
        "request_object_signing_alg_values_supported": (
            "request_object_signing_alg_values_supported",
            _parse_request_object_signing_alg_values_supported,
        ),
        "request_parameter_supported": ("request_parameter_supported", None),
        "response_modes_supported": ("response_modes_supported", _parse_response_modes_supported),
        "response_types_supported": ("response_types_supported", _parse_response_types_supported),
        "revocation_endpoint": ("revocation_endpoint", None),
        "revocation_endpoint_auth_methods_supported": (
            "revocation_endpoint_auth_methods_supported",
            _parse_revocation_endpoint_auth_methods_supported,
        ),
        "scopes_supported": ("scopes_supported", None),
        "subject_types_supported": ("subject_types_supported", _parse_subject_types_supported),
        "token_endpoint": ("token_endpoint", None),
        "token_endpoint_auth_methods_supported": (
            "token_endpoint_auth_methods_supported",
            _parse_token_endpoint_auth_methods_supported,
        ),
    }

    authorization_endpoint: str | None = _attrs_field(init=False)
    backchannel_authentication_request_signing_alg_values_supported: list[SigningAlgorithm] | None = _attrs_field(
        init=False
    )
    backchannel_token_delivery_modes_supported: list[TokenDeliveryMode] | None = _attrs_field(init=False)
    claims_supported: list[str] | None = _attrs_field(init=False)
    code_challenge_methods_supported: list[CodeChallengeMethod] | None = _attrs_field(init=False)
    device_authorization_endpoint: str | None = _attrs_field(init=False)
    dpop_signing_alg_values_supported: list[OAuthMetadataDpopSigningAlgValuesSupportedItem] | None = _attrs_field(
        init=False
    )
    end_session_endpoint: str | None = _attrs_field(init=False)
    grant_types_supported: list[GrantType] | None = _attrs_field(init=False)
    introspection_endpoint: str | None = _attrs_field(init=False)
    introspection_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    jwks_uri: str | None = _attrs_field(init=False)
    pushed_authorization_request_endpoint: str | None = _attrs_field(init=False)
    registration_endpoint: str | None = _attrs_field(init=False)
    request_object_signing_alg_values_supported: list[SigningAlgorithm] | None = _attrs_field(init=False)
    request_parameter_supported: bool | None = _attrs_field(init=False)
    response_modes_supported: list[ResponseMode] | None = _attrs_field(init=False)
    response_types_supported: list[ResponseTypesSupported] | None = _attrs_field(init=False)
    revocation_endpoint: str | None = _attrs_field(init=False)
    revocation_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None = _attrs_field(init=False)
    scopes_supported: list[str] | None = _attrs_field(init=False)
    subject_types_supported: list[SubjectType] | None = _attrs_field(init=False)
    token_endpoint: str | None = _attrs_field(init=False)
    token_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorization_endpoint: str | None | Unset = UNSET,
        backchannel_authentication_request_signing_alg_values_supported: list[SigningAlgorithm] | None | Unset = UNSET,
        backchannel_token_delivery_modes_supported: list[TokenDeliveryMode] | None | Unset = UNSET,
        claims_supported: list[str] | None | Unset = UNSET,
        code_challenge_methods_supported: list[CodeChallengeMethod] | None | Unset = UNSET,
        device_authorization_endpoint: str | None | Unset = UNSET,
        dpop_signing_alg_values_supported: list[OAuthMetadataDpopSigningAlgValuesSupportedItem] | None | Unset = UNSET,
        end_session_endpoint: str | None | Unset = UNSET,
        grant_types_supported: list[GrantType] | None | Unset = UNSET,
        introspection_endpoint: str | None | Unset = UNSET,
        introspection_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        jwks_uri: str | None | Unset = UNSET,
        pushed_authorization_request_endpoint: str | None | Unset = UNSET,
        registration_endpoint: str | None | Unset = UNSET,
        request_object_signing_alg_values_supported: list[SigningAlgorithm] | None | Unset = UNSET,
        request_parameter_supported: bool | None | Unset = UNSET,
        response_modes_supported: list[ResponseMode] | None | Unset = UNSET,
        response_types_supported: list[ResponseTypesSupported] | None | Unset = UNSET,
        revocation_endpoint: str | None | Unset = UNSET,
        revocation_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET,
        scopes_supported: list[str] | None | Unset = UNSET,
        subject_types_supported: list[SubjectType] | None | Unset = UNSET,
        token_endpoint: str | None | Unset = UNSET,
        token_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorization_endpoint is not UNSET:
            _set_field(self, "authorization_endpoint", authorization_endpoint)
        if backchannel_authentication_request_signing_alg_values_supported is not UNSET:
            _set_field(
                self,
                "backchannel_authentication_request_signing_alg_values_supported",
                backchannel_authentication_request_signing_alg_values_supported,
            )
        if backchannel_token_delivery_modes_supported is not UNSET:
            _set_field(self, "backchannel_token_delivery_modes_supported", backchannel_token_delivery_modes_supported)
        if claims_supported is not UNSET:
            _set_field(self, "claims_supported", claims_supported)
        if code_challenge_methods_supported is not UNSET:
            _set_field(self, "code_challenge_methods_supported", code_challenge_methods_supported)
        if device_authorization_endpoint is not UNSET:
            _set_field(self, "device_authorization_endpoint", device_authorization_endpoint)
        if dpop_signing_alg_values_supported is not UNSET:
            _set_field(self, "dpop_signing_alg_values_supported", dpop_signing_alg_values_supported)
        if end_session_endpoint is not UNSET:
            _set_field(self, "end_session_endpoint", end_session_endpoint)
        if grant_types_supported is not UNSET:
            _set_field(self, "grant_types_supported", grant_types_supported)
        if introspection_endpoint is not UNSET:
            _set_field(self, "introspection_endpoint", introspection_endpoint)
        if introspection_endpoint_auth_methods_supported is not UNSET:
            _set_field(
                self, "introspection_endpoint_auth_methods_supported", introspection_endpoint_auth_methods_supported
            )
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if jwks_uri is not UNSET:
            _set_field(self, "jwks_uri", jwks_uri)
        if pushed_authorization_request_endpoint is not UNSET:
            _set_field(self, "pushed_authorization_request_endpoint", pushed_authorization_request_endpoint)
        if registration_endpoint is not UNSET:
            _set_field(self, "registration_endpoint", registration_endpoint)
        if request_object_signing_alg_values_supported is not UNSET:
            _set_field(self, "request_object_signing_alg_values_supported", request_object_signing_alg_values_supported)
        if request_parameter_supported is not UNSET:
            _set_field(self, "request_parameter_supported", request_parameter_supported)
        if response_modes_supported is not UNSET:
            _set_field(self, "response_modes_supported", response_modes_supported)
        if response_types_supported is not UNSET:
            _set_field(self, "response_types_supported", response_types_supported)
        if revocation_endpoint is not UNSET:
            _set_field(self, "revocation_endpoint", revocation_endpoint)
        if revocation_endpoint_auth_methods_supported is not UNSET:
            _set_field(self, "revocation_endpoint_auth_methods_supported", revocation_endpoint_auth_methods_supported)
        if scopes_supported is not UNSET:
            _set_field(self, "scopes_supported", scopes_supported)
        if subject_types_supported is not UNSET:
            _set_field(self, "subject_types_supported", subject_types_supported)
        if token_endpoint is not UNSET:
            _set_field(self, "token_endpoint", token_endpoint)
        if token_endpoint_auth_methods_supported is not UNSET:
            _set_field(self, "token_endpoint_auth_methods_supported", token_endpoint_auth_methods_supported)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorization_endpoint", UNSET)) is not UNSET:
            d["authorization_endpoint"] = v
        if (v := values.get("backchannel_authentication_request_signing_alg_values_supported", UNSET)) is not UNSET:
            d["backchannel_authentication_request_signing_alg_values_supported"] = v
        if (v := values.get("backchannel_token_delivery_modes_supported", UNSET)) is not UNSET:
            d["backchannel_token_delivery_modes_supported"] = v
        if (v := values.get("claims_supported", UNSET)) is not UNSET:
            d["claims_supported"] = v
        if (v := values.get("code_challenge_methods_supported", UNSET)) is not UNSET:
            d["code_challenge_methods_supported"] = v
        if (v := values.get("device_authorization_endpoint", UNSET)) is not UNSET:
            d["device_authorization_endpoint"] = v
        if (v := values.get("dpop_signing_alg_values_supported", UNSET)) is not UNSET:
            d["dpop_signing_alg_values_supported"] = v
        if (v := values.get("end_session_endpoint", UNSET)) is not UNSET:
            d["end_session_endpoint"] = v
        if (v := values.get("grant_types_supported", UNSET)) is not UNSET:
            d["grant_types_supported"] = v
        if (v := values.get("introspection_endpoint", UNSET)) is not UNSET:
            d["introspection_endpoint"] = v
        if (v := values.get("introspection_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            d["introspection_endpoint_auth_methods_supported"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("jwks_uri", UNSET)) is not UNSET:
            d["jwks_uri"] = v
        if (v := values.get("pushed_authorization_request_endpoint", UNSET)) is not UNSET:
            d["pushed_authorization_request_endpoint"] = v
        if (v := values.get("registration_endpoint", UNSET)) is not UNSET:
            d["registration_endpoint"] = v
        if (v := values.get("request_object_signing_alg_values_supported", UNSET)) is not UNSET:
            d["request_object_signing_alg_values_supported"] = v
        if (v := values.get("request_parameter_supported", UNSET)) is not UNSET:
            d["request_parameter_supported"] = v
        if (v := values.get("response_modes_supported", UNSET)) is not UNSET:
            d["response_modes_supported"] = v
        if (v := values.get("response_types_supported", UNSET)) is not UNSET:
            d["response_types_supported"] = v
        if (v := values.get("revocation_endpoint", UNSET)) is not UNSET:
            d["revocation_endpoint"] = v
        if (v := values.get("revocation_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            d["revocation_endpoint_auth_methods_supported"] = v
        if (v := values.get("scopes_supported", UNSET)) is not UNSET:
            d["scopes_supported"] = v
        if (v := values.get("subject_types_supported", UNSET)) is not UNSET:
            d["subject_types_supported"] = v
        if (v := values.get("token_endpoint", UNSET)) is not UNSET:
            d["token_endpoint"] = v
        if (v := values.get("token_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            d["token_endpoint_auth_methods_supported"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorization_endpoint", UNSET)) is not UNSET:
            obj.authorization_endpoint = v
        if (v := d.pop("backchannel_authentication_request_signing_alg_values_supported", UNSET)) is not UNSET:
            obj.backchannel_authentication_request_signing_alg_values_supported = (
                _parse_backchannel_authentication_request_signing_alg_values_supported(v, False)
            )
        if (v := d.pop("backchannel_token_delivery_modes_supported", UNSET)) is not UNSET:
            obj.backchannel_token_delivery_modes_supported = _parse_backchannel_token_delivery_modes_supported(v, False)
        if (v := d.pop("claims_supported", UNSET)) is not UNSET:
            obj.claims_supported = v
        if (v := d.pop("code_challenge_methods_supported", UNSET)) is not UNSET:
            obj.code_challenge_methods_supported = _parse_code_challenge_methods_supported(v, False)
        if (v := d.pop("device_authorization_endpoint", UNSET)) is not UNSET:
            obj.device_authorization_endpoint = v
        if (v := d.pop("dpop_signing_alg_values_supported", UNSET)) is not UNSET:
            obj.dpop_signing_alg_values_supported = _parse_dpop_signing_alg_values_supported(v, False)
        if (v := d.pop("end_session_endpoint", UNSET)) is not UNSET:
            obj.end_session_endpoint = v
        if (v := d.pop("grant_types_supported", UNSET)) is not UNSET:
            obj.grant_types_supported = _parse_grant_types_supported(v, False)
        if (v := d.pop("introspection_endpoint", UNSET)) is not UNSET:
            obj.introspection_endpoint = v
        if (v := d.pop("introspection_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            obj.introspection_endpoint_auth_methods_supported = _parse_introspection_endpoint_auth_methods_supported(
                v, False
            )
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("jwks_uri", UNSET)) is not UNSET:
            obj.jwks_uri = v
        if (v := d.pop("pushed_authorization_request_endpoint", UNSET)) is not UNSET:
            obj.pushed_authorization_request_endpoint = v
        if (v := d.pop("registration_endpoint", UNSET)) is not UNSET:
            obj.registration_endpoint = v
        if (v := d.pop("request_object_signing_alg_values_supported", UNSET)) is not UNSET:
            obj.request_object_signing_alg_values_supported = _parse_request_object_signing_alg_values_supported(
                v, False
            )
        if (v := d.pop("request_parameter_supported", UNSET)) is not UNSET:
            obj.request_parameter_supported = v
        if (v := d.pop("response_modes_supported", UNSET)) is not UNSET:
            obj.response_modes_supported = _parse_response_modes_supported(v, False)
        if (v := d.pop("response_types_supported", UNSET)) is not UNSET:
            obj.response_types_supported = _parse_response_types_supported(v, False)
        if (v := d.pop("revocation_endpoint", UNSET)) is not UNSET:
            obj.revocation_endpoint = v
        if (v := d.pop("revocation_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            obj.revocation_endpoint_auth_methods_supported = _parse_revocation_endpoint_auth_methods_supported(v, False)
        if (v := d.pop("scopes_supported", UNSET)) is not UNSET:
            obj.scopes_supported = v
        if (v := d.pop("subject_types_supported", UNSET)) is not UNSET:
            obj.subject_types_supported = _parse_subject_types_supported(v, False)
        if (v := d.pop("token_endpoint", UNSET)) is not UNSET:
            obj.token_endpoint = v
        if (v := d.pop("token_endpoint_auth_methods_supported", UNSET)) is not UNSET:
            obj.token_endpoint_auth_methods_supported = _parse_token_endpoint_auth_methods_supported(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
