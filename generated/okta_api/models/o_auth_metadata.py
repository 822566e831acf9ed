from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "authorization_endpoint": "authorization_endpoint",
        "backchannel_authentication_request_signing_alg_values_supported": lambda d: _convert.parse_enum_list(
            SigningAlgorithm, d.get("backchannel_authentication_request_signing_alg_values_supported", UNSET)
        ),
        "backchannel_token_delivery_modes_supported": lambda d: _convert.parse_enum_list(
            TokenDeliveryMode, d.get("backchannel_token_delivery_modes_supported", UNSET)
        ),
        "claims_supported": "claims_supported",
        "code_challenge_methods_supported": lambda d: _convert.parse_enum_list(
            CodeChallengeMethod, d.get("code_challenge_methods_supported", UNSET)
        ),
        "device_authorization_endpoint": "device_authorization_endpoint",
        "dpop_signing_alg_values_supported": lambda d: _convert.parse_enum_list(
            OAuthMetadataDpopSigningAlgValuesSupportedItem, d.get("dpop_signing_alg_values_supported", UNSET)
        ),
        "end_session_endpoint": "end_session_endpoint",
        "grant_types_supported": lambda d: _convert.parse_enum_list(GrantType, d.get("grant_types_supported", UNSET)),
        "introspection_endpoint": "introspection_endpoint",
        "introspection_endpoint_auth_methods_supported": lambda d: _convert.parse_enum_list(
            EndpointAuthMethod, d.get("introspection_endpoint_auth_methods_supported", UNSET)
        ),
        "issuer": "issuer",
        "jwks_uri": "jwks_uri",
        "pushed_authorization_request_endpoint": "pushed_authorization_request_endpoint",
        "registration_endpoint": "registration_endpoint",
        "request_object_signing_alg_values_supported": lambda d: _convert.parse_enum_list(
            SigningAlgorithm, d.get("request_object_signing_alg_values_supported", UNSET)
        ),
        "request_parameter_supported": "request_parameter_supported",
        "response_modes_supported": lambda d: _convert.parse_enum_list(
            ResponseMode, d.get("response_modes_supported", UNSET)
        ),
        "response_types_supported": lambda d: _convert.parse_enum_list(
            ResponseTypesSupported, d.get("response_types_supported", UNSET)
        ),
        "revocation_endpoint": "revocation_endpoint",
        "revocation_endpoint_auth_methods_supported": lambda d: _convert.parse_enum_list(
            EndpointAuthMethod, d.get("revocation_endpoint_auth_methods_supported", UNSET)
        ),
        "scopes_supported": "scopes_supported",
        "subject_types_supported": lambda d: _convert.parse_enum_list(
            SubjectType, d.get("subject_types_supported", UNSET)
        ),
        "token_endpoint": "token_endpoint",
        "token_endpoint_auth_methods_supported": lambda d: _convert.parse_enum_list(
            EndpointAuthMethod, d.get("token_endpoint_auth_methods_supported", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthMetadata._json_names),
    }

    authorization_endpoint: str | None | Unset = UNSET
    backchannel_authentication_request_signing_alg_values_supported: list[SigningAlgorithm] | None | Unset = UNSET
    backchannel_token_delivery_modes_supported: list[TokenDeliveryMode] | None | Unset = UNSET
    claims_supported: list[str] | None | Unset = UNSET
    code_challenge_methods_supported: list[CodeChallengeMethod] | None | Unset = UNSET
    device_authorization_endpoint: str | None | Unset = UNSET
    dpop_signing_alg_values_supported: list[OAuthMetadataDpopSigningAlgValuesSupportedItem] | None | Unset = UNSET
    end_session_endpoint: str | None | Unset = UNSET
    grant_types_supported: list[GrantType] | None | Unset = UNSET
    introspection_endpoint: str | None | Unset = UNSET
    introspection_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    jwks_uri: str | None | Unset = UNSET
    pushed_authorization_request_endpoint: str | None | Unset = UNSET
    registration_endpoint: str | None | Unset = UNSET
    request_object_signing_alg_values_supported: list[SigningAlgorithm] | None | Unset = UNSET
    request_parameter_supported: bool | None | Unset = UNSET
    response_modes_supported: list[ResponseMode] | None | Unset = UNSET
    response_types_supported: list[ResponseTypesSupported] | None | Unset = UNSET
    revocation_endpoint: str | None | Unset = UNSET
    revocation_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET
    scopes_supported: list[str] | None | Unset = UNSET
    subject_types_supported: list[SubjectType] | None | Unset = UNSET
    token_endpoint: str | None | Unset = UNSET
    token_endpoint_auth_methods_supported: list[EndpointAuthMethod] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorization_endpoint is not UNSET:
            d["authorization_endpoint"] = self.authorization_endpoint
        if self.backchannel_authentication_request_signing_alg_values_supported is not UNSET:
            d["backchannel_authentication_request_signing_alg_values_supported"] = (
                self.backchannel_authentication_request_signing_alg_values_supported
            )
        if self.backchannel_token_delivery_modes_supported is not UNSET:
            d["backchannel_token_delivery_modes_supported"] = self.backchannel_token_delivery_modes_supported
        if self.claims_supported is not UNSET:
            d["claims_supported"] = self.claims_supported
        if self.code_challenge_methods_supported is not UNSET:
            d["code_challenge_methods_supported"] = self.code_challenge_methods_supported
        if self.device_authorization_endpoint is not UNSET:
            d["device_authorization_endpoint"] = self.device_authorization_endpoint
        if self.dpop_signing_alg_values_supported is not UNSET:
            d["dpop_signing_alg_values_supported"] = self.dpop_signing_alg_values_supported
        if self.end_session_endpoint is not UNSET:
            d["end_session_endpoint"] = self.end_session_endpoint
        if self.grant_types_supported is not UNSET:
            d["grant_types_supported"] = self.grant_types_supported
        if self.introspection_endpoint is not UNSET:
            d["introspection_endpoint"] = self.introspection_endpoint
        if self.introspection_endpoint_auth_methods_supported is not UNSET:
            d["introspection_endpoint_auth_methods_supported"] = self.introspection_endpoint_auth_methods_supported
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.jwks_uri is not UNSET:
            d["jwks_uri"] = self.jwks_uri
        if self.pushed_authorization_request_endpoint is not UNSET:
            d["pushed_authorization_request_endpoint"] = self.pushed_authorization_request_endpoint
        if self.registration_endpoint is not UNSET:
            d["registration_endpoint"] = self.registration_endpoint
        if self.request_object_signing_alg_values_supported is not UNSET:
            d["request_object_signing_alg_values_supported"] = self.request_object_signing_alg_values_supported
        if self.request_parameter_supported is not UNSET:
            d["request_parameter_supported"] = self.request_parameter_supported
        if self.response_modes_supported is not UNSET:
            d["response_modes_supported"] = self.response_modes_supported
        if self.response_types_supported is not UNSET:
            d["response_types_supported"] = self.response_types_supported
        if self.revocation_endpoint is not UNSET:
            d["revocation_endpoint"] = self.revocation_endpoint
        if self.revocation_endpoint_auth_methods_supported is not UNSET:
            d["revocation_endpoint_auth_methods_supported"] = self.revocation_endpoint_auth_methods_supported
        if self.scopes_supported is not UNSET:
            d["scopes_supported"] = self.scopes_supported
        if self.subject_types_supported is not UNSET:
            d["subject_types_supported"] = self.subject_types_supported
        if self.token_endpoint is not UNSET:
            d["token_endpoint"] = self.token_endpoint
        if self.token_endpoint_auth_methods_supported is not UNSET:
            d["token_endpoint_auth_methods_supported"] = self.token_endpoint_auth_methods_supported
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorization_endpoint = d.pop("authorization_endpoint", UNSET)
        obj.backchannel_authentication_request_signing_alg_values_supported = _convert.parse_enum_list(
            SigningAlgorithm, d.pop("backchannel_authentication_request_signing_alg_values_supported", UNSET)
        )
        obj.backchannel_token_delivery_modes_supported = _convert.parse_enum_list(
            TokenDeliveryMode, d.pop("backchannel_token_delivery_modes_supported", UNSET)
        )
        obj.claims_supported = d.pop("claims_supported", UNSET)
        obj.code_challenge_methods_supported = _convert.parse_enum_list(
            CodeChallengeMethod, d.pop("code_challenge_methods_supported", UNSET)
        )
        obj.device_authorization_endpoint = d.pop("device_authorization_endpoint", UNSET)
        obj.dpop_signing_alg_values_supported = _convert.parse_enum_list(
            OAuthMetadataDpopSigningAlgValuesSupportedItem, d.pop("dpop_signing_alg_values_supported", UNSET)
        )
        obj.end_session_endpoint = d.pop("end_session_endpoint", UNSET)
        obj.grant_types_supported = _convert.parse_enum_list(GrantType, d.pop("grant_types_supported", UNSET))
        obj.introspection_endpoint = d.pop("introspection_endpoint", UNSET)
        obj.introspection_endpoint_auth_methods_supported = _convert.parse_enum_list(
            EndpointAuthMethod, d.pop("introspection_endpoint_auth_methods_supported", UNSET)
        )
        obj.issuer = d.pop("issuer", UNSET)
        obj.jwks_uri = d.pop("jwks_uri", UNSET)
        obj.pushed_authorization_request_endpoint = d.pop("pushed_authorization_request_endpoint", UNSET)
        obj.registration_endpoint = d.pop("registration_endpoint", UNSET)
        obj.request_object_signing_alg_values_supported = _convert.parse_enum_list(
            SigningAlgorithm, d.pop("request_object_signing_alg_values_supported", UNSET)
        )
        obj.request_parameter_supported = d.pop("request_parameter_supported", UNSET)
        obj.response_modes_supported = _convert.parse_enum_list(ResponseMode, d.pop("response_modes_supported", UNSET))
        obj.response_types_supported = _convert.parse_enum_list(
            ResponseTypesSupported, d.pop("response_types_supported", UNSET)
        )
        obj.revocation_endpoint = d.pop("revocation_endpoint", UNSET)
        obj.revocation_endpoint_auth_methods_supported = _convert.parse_enum_list(
            EndpointAuthMethod, d.pop("revocation_endpoint_auth_methods_supported", UNSET)
        )
        obj.scopes_supported = d.pop("scopes_supported", UNSET)
        obj.subject_types_supported = _convert.parse_enum_list(SubjectType, d.pop("subject_types_supported", UNSET))
        obj.token_endpoint = d.pop("token_endpoint", UNSET)
        obj.token_endpoint_auth_methods_supported = _convert.parse_enum_list(
            EndpointAuthMethod, d.pop("token_endpoint_auth_methods_supported", UNSET)
        )
        obj.additional_properties = d
        return obj
