from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import open_id_connect_application_idp_initiated_login as _open_id_connect_application_idp_initiated_login
from . import open_id_connect_application_network as _open_id_connect_application_network
from . import open_id_connect_application_settings_client_keys as _open_id_connect_application_settings_client_keys
from . import open_id_connect_application_settings_refresh_token as _open_id_connect_application_settings_refresh_token
from .grant_type import GrantType
from .id_token_key_encryption_algorithm import IdTokenKeyEncryptionAlgorithm
from .o_auth_response_type import OAuthResponseType
from .open_id_connect_application_consent_method import OpenIdConnectApplicationConsentMethod
from .open_id_connect_application_issuer_mode import OpenIdConnectApplicationIssuerMode
from .open_id_connect_application_settings_client_backchannel_authentication_request_signing_alg import (
    OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg,
)
from .open_id_connect_application_settings_client_backchannel_token_delivery_mode import (
    OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode,
)
from .open_id_connect_application_settings_client_request_object_signing_alg import (
    OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg,
)
from .open_id_connect_application_settings_client_subject_type import OpenIdConnectApplicationSettingsClientSubjectType
from .open_id_connect_application_settings_client_wildcard_redirect import (
    OpenIdConnectApplicationSettingsClientWildcardRedirect,
)
from .open_id_connect_application_type import OpenIdConnectApplicationType

if TYPE_CHECKING:
    from typing import Self

    from .open_id_connect_application_idp_initiated_login import OpenIdConnectApplicationIdpInitiatedLogin
    from .open_id_connect_application_network import OpenIdConnectApplicationNetwork
    from .open_id_connect_application_settings_client_keys import OpenIdConnectApplicationSettingsClientKeys
    from .open_id_connect_application_settings_refresh_token import OpenIdConnectApplicationSettingsRefreshToken


def _parse_grant_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(GrantType, v)


_parse_application_type = _convert.enum_parser(OpenIdConnectApplicationType)

_parse_backchannel_authentication_request_signing_alg = _convert.enum_parser(
    OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg
)

_parse_backchannel_token_delivery_mode = _convert.enum_parser(
    OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode
)

_parse_consent_method = _convert.enum_parser(OpenIdConnectApplicationConsentMethod)

_parse_id_token_encrypted_response_alg = _convert.enum_parser(IdTokenKeyEncryptionAlgorithm)


def _parse_idp_initiated_login(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin.from_json(v)
            if lazy
            else _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin.from_dict(v)
        )
    return _convert.parse_model(
        _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin, v
    )


_parse_issuer_mode = _convert.enum_parser(OpenIdConnectApplicationIssuerMode)


def _parse_jwks(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys.from_json(v)
            if lazy
            else _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys, v
    )


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _open_id_connect_application_network.OpenIdConnectApplicationNetwork.from_json(v)
            if lazy
            else _open_id_connect_application_network.OpenIdConnectApplicationNetwork.from_dict(v)
        )
    return _convert.parse_model(_open_id_connect_application_network.OpenIdConnectApplicationNetwork, v)


def _parse_refresh_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken.from_json(
                v
            )
            if lazy
            else _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken, v
    )


_parse_request_object_signing_alg = _convert.enum_parser(OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg)


def _parse_response_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(OAuthResponseType, v)


_parse_subject_type = _convert.enum_parser(OpenIdConnectApplicationSettingsClientSubjectType)

_parse_wildcard_redirect = _convert.enum_parser(OpenIdConnectApplicationSettingsClientWildcardRedirect)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OpenIdConnectApplicationSettingsClient(OktaModel):
    """An Okta `OpenIdConnectApplicationSettingsClient`.

    Attributes:
        grant_types: list[GrantType]
        application_type: The type of client app
            Specific `grant_types` are valid for each `application_type`. See [Create a Client
            Application](https://developer.okta.com/docs/api/openapi/okta-oauth/oauth/client/createclient).
        backchannel_authentication_request_signing_alg: The signing algorithm for Client-Initiated Backchannel Authentication (CIBA) signed
            requests using JWT. If this value isn't set and a JWT-signed request is sent, the request
            fails.
            > **Note:** This property appears for clients with `urn:openid:params:grant-type:ciba`
            defined as one of the `grant_types`.
        backchannel_custom_authenticator_id: The ID of the custom authenticator that authenticates the user
            > **Note:** This property appears for clients with `urn:openid:params:grant-type:ciba`
            defined as one of the `grant_types`.
        backchannel_token_delivery_mode: The delivery mode for Client-Initiated Backchannel Authentication (CIBA).  Currently, only
            `poll` is supported.
            > **Note:** This property appears for clients with `urn:openid:params:grant-type:ciba`
            defined as one of the `grant_types`.
        client_uri: URL string of a web page providing information about the client
        consent_method: Indicates whether user consent is required or implicit.
            A consent dialog appears for the end user depending on the values of three elements:

            *
            [prompt](https://developer.okta.com/docs/api/openapi/okta-oauth/oauth/orgas/authorize#orgas/authorize/t=request&in=query&path=prompt):
            A query parameter that is used in requests to `/authorize`
            * `consent_method` (this property)
            *
            [consent](https://developer.okta.com/docs/api/openapi/okta-management/management/authorizationserverscopes/createoauth2scope#authorizationserverscopes/createoauth2scope/t=request&path=consent):
            A
            [Scope](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/AuthorizationServerScopes/)
            property that allows you to enable or disable user consent for an individual scope

            | `prompt` | `consent_method` | `consent` | Result
            | ---------- | ----------- | ---------- | ----------- |
            | CONSENT | TRUSTED or REQUIRED | REQUIRED | Prompted |
            | CONSENT | TRUSTED or REQUIRED | FLEXIBLE | Prompted |
            | CONSENT | TRUSTED | IMPLICIT | Not prompted |
            | NONE | TRUSTED | FLEXIBLE, IMPLICIT, or REQUIRED | Not prompted |
            | NONE | REQUIRED | FLEXIBLE or REQUIRED | Prompted |
            | NONE | REQUIRED | IMPLICIT | Not prompted |

            > **Notes:**
            > * If you request a scope that requires consent while using the `client_credentials`
            flow, an error is returned because the flow doesn't support user consent.
            > * If the `prompt` value is set to `NONE`, but the `consent_method` and the consent
            values are set to `REQUIRED`, then an error occurs.
            > * When a scope is requested during a Client Credentials grant flow and `consent` is set
            to `FLEXIBLE`, the scope is granted in the access token with no consent prompt. This
            occurs because there is no user involved in a two-legged OAuth 2.0 [Client
            Credentials](https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/)
            grant flow.
        dpop_bound_access_tokens: Indicates that the client application uses Demonstrating Proof-of-Possession (DPoP) for
            token requests. If `true`, the authorization server rejects token requests from this
            client that don't contain the DPoP header.
            > **Note:** If `dpop_bound_access_tokens` is true, then `client_credentials` and
            `implicit` aren't allowed in `grant_types`.
        frontchannel_logout_session_required: <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Determines whether Okta sends `sid` and
            `iss` in the logout request
        frontchannel_logout_uri: <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>URL where Okta sends the logout request
        id_token_encrypted_response_alg: JWE alg algorithm for encrypting the ID token issued to this client. If this is requested,
            the response is signed, and then encrypted with the result being a nested JWT. The
            default, if omitted, is that no encryption is performed. See the [Application Public Keys
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/applicationssopublickeys/)
            for more information on encryption keys. See [Key
            management](https://developer.okta.com/docs/guides/key-management/main/) for more
            information on how encryption keys are used.
        idp_initiated_login: The type of IdP-initiated sign-in flow that the client supports
        initiate_login_uri: URL string that a third party can use to initiate the sign-in flow by the client
        issuer_mode: Indicates whether the Okta authorization server uses the original Okta org domain URL or a
            custom domain URL as the issuer of the ID token for this client
        jwks: A [JSON Web Key Set](https://tools.ietf.org/html/rfc7517#section-5) for validating JWTs
            presented to Okta or for encrypting ID tokens minted by Okta for the client
        jwks_uri: URL string that references a JSON Web Key Set for validating JWTs presented to Okta or for
            encrypting ID tokens minted by Okta for the client
        logo_uri: The URL string that references a logo for the client. This logo appears on the client tile
            in the End-User Dashboard. It also appears on the client consent dialog during the client
            consent flow.
        network: The network restrictions of the client
        participate_slo: <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Allows the app to participate in
            front-channel Single Logout

            > **Note:** You can only enable `participate_slo` for `web` and `browser` application
            types (`application_type`).
        policy_uri: URL string of a web page providing the client's policy document
        post_logout_redirect_uris: Array of redirection URI strings for relying party-initiated logouts
        redirect_uris: Array of redirection URI strings for use in redirect-based flows.
            > **Note:** At least one `redirect_uris` and `response_types` are required for all client
            types, with exceptions: if the client uses the [Resource Owner Password
            ](https://tools.ietf.org/html/rfc6749#section-4.3)flow (`grant_types` contains `password`)
            or [Client Credentials](https://tools.ietf.org/html/rfc6749#section-4.4)flow
            (`grant_types` contains `client_credentials`), then no `redirect_uris` or `response_types`
            is necessary. In these cases, you can pass either null or an empty array for these
            attributes.
        refresh_token: Refresh token configuration for an OAuth 2.0 client

            When you create or update an OAuth 2.0 client, you can configure refresh token rotation by
            setting the `rotation_type` and `leeway` properties. If you don't set these properties
            when you create an app integration, the default values are used.
            When you update an app integration, your previously configured values are used.
        request_object_signing_alg: The type of JSON Web Key Set (JWKS) algorithm that must be used for signing request
            objects
        response_types: Array of OAuth 2.0 response type strings
        sector_identifier_uri: The sector identifier used for pairwise `subject_type`. See [OIDC Pairwise Identifier
            Algorithm](https://openid.net/specs/openid-connect-messages-1_0-20.html#idtype.pairwise.alg)
        subject_type: Type of the subject
        tos_uri: URL string of a web page providing the client's terms of service document
        wildcard_redirect: Indicates if the client is allowed to use wildcard matching of `redirect_uris`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "grant_types": "grant_types",
        "application_type": "application_type",
        "backchannel_authentication_request_signing_alg": "backchannel_authentication_request_signing_alg",
        "backchannel_custom_authenticator_id": "backchannel_custom_authenticator_id",
        "backchannel_token_delivery_mode": "backchannel_token_delivery_mode",
        "client_uri": "client_uri",
        "consent_method": "consent_method",
        "dpop_bound_access_tokens": "dpop_bound_access_tokens",
        "frontchannel_logout_session_required": "frontchannel_logout_session_required",
        "frontchannel_logout_uri": "frontchannel_logout_uri",
        "id_token_encrypted_response_alg": "id_token_encrypted_response_alg",
        "idp_initiated_login": "idp_initiated_login",
        "initiate_login_uri": "initiate_login_uri",
        "issuer_mode": "issuer_mode",
        "jwks": "jwks",
        "jwks_uri": "jwks_uri",
        "logo_uri": "logo_uri",
        "network": "network",
        "participate_slo": "participate_slo",
        "policy_uri": "policy_uri",
        "post_logout_redirect_uris": "post_logout_redirect_uris",
        "redirect_uris": "redirect_uris",
        "refresh_token": "refresh_token",
        "request_object_signing_alg": "request_object_signing_alg",
        "response_types": "response_types",
        "sector_identifier_uri": "sector_identifier_uri",
        "subject_type": "subject_type",
        "tos_uri": "tos_uri",
        "wildcard_redirect": "wildcard_redirect",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "grant_types": "list:enum",
        "application_type": "enum",
        "backchannel_authentication_request_signing_alg": "enum",
        "backchannel_custom_authenticator_id": "str",
        "backchannel_token_delivery_mode": "enum",
        "client_uri": "str",
        "consent_method": "enum",
        "dpop_bound_access_tokens": "bool",
        "frontchannel_logout_session_required": "bool",
        "frontchannel_logout_uri": "str",
        "id_token_encrypted_response_alg": "enum",
        "idp_initiated_login": "model",
        "initiate_login_uri": "str",
        "issuer_mode": "enum",
        "jwks": "model",
        "jwks_uri": "str",
        "logo_uri": "str",
        "network": "model",
        "participate_slo": "bool",
        "policy_uri": "str",
        "post_logout_redirect_uris": "list:str",
        "redirect_uris": "list:str",
        "refresh_token": "model",
        "request_object_signing_alg": "enum",
        "response_types": "list:enum",
        "sector_identifier_uri": "str",
        "subject_type": "enum",
        "tos_uri": "str",
        "wildcard_redirect": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "grant_types": ("grant_types", _parse_grant_types),
        "application_type": ("application_type", _parse_application_type),
        "backchannel_authentication_request_signing_alg": (
            "backchannel_authentication_request_signing_alg",
            _parse_backchannel_authentication_request_signing_alg,
        ),
        "backchannel_custom_authenticator_id": ("backchannel_custom_authenticator_id", None),
        "backchannel_token_delivery_mode": ("backchannel_token_delivery_mode", _parse_backchannel_token_delivery_mode),
        "client_uri": ("client_uri", None),
        "consent_method": ("consent_method", _parse_consent_method),
        "dpop_bound_access_tokens": ("dpop_bound_access_tokens", None),
        "frontchannel_logout_session_required": ("frontchannel_logout_session_required", None),
        "frontchannel_logout_uri": ("frontchannel_logout_uri", None),
        "id_token_encrypted_response_alg": ("id_token_encrypted_response_alg", _parse_id_token_encrypted_response_alg),
        "idp_initiated_login": ("idp_initiated_login", _parse_idp_initiated_login),
        "initiate_login_uri": ("initiate_login_uri", None),
        "issuer_mode": ("issuer_mode", _parse_issuer_mode),
        "jwks": ("jwks", _parse_jwks),
        "jwks_uri": ("jwks_uri", None),
        "logo_uri": ("logo_uri", None),
        "network": ("network", _parse_network),
        "participate_slo": ("participate_slo", None),
        "policy_uri": ("policy_uri", None),
        "post_logout_redirect_uris": ("post_logout_redirect_uris", None),
        "redirect_uris": ("redirect_uris", None),
        "refresh_token": ("refresh_token", _parse_refresh_token),
        "request_object_signing_alg": ("request_object_signing_alg", _parse_request_object_signing_alg),
        "response_types": ("response_types", _parse_response_types),
        "sector_identifier_uri": ("sector_identifier_uri", None),
        "subject_type": ("subject_type", _parse_subject_type),
        "tos_uri": ("tos_uri", None),
        "wildcard_redirect": ("wildcard_redirect", _parse_wildcard_redirect),
    }

    grant_types: list[GrantType] | None = _attrs_field(init=False)
    application_type: OpenIdConnectApplicationType | None = _attrs_field(init=False)
    backchannel_authentication_request_signing_alg: (
        OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg | None
    ) = _attrs_field(init=False)
    backchannel_custom_authenticator_id: str | None = _attrs_field(init=False)
    backchannel_token_delivery_mode: OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode | None = (
        _attrs_field(init=False)
    )
    client_uri: str | None = _attrs_field(init=False)
    consent_method: OpenIdConnectApplicationConsentMethod | None = _attrs_field(init=False)
    dpop_bound_access_tokens: bool | None = _attrs_field(init=False)
    frontchannel_logout_session_required: bool | None = _attrs_field(init=False)
    frontchannel_logout_uri: str | None = _attrs_field(init=False)
    id_token_encrypted_response_alg: IdTokenKeyEncryptionAlgorithm | None = _attrs_field(init=False)
    idp_initiated_login: OpenIdConnectApplicationIdpInitiatedLogin | None = _attrs_field(init=False)
    initiate_login_uri: str | None = _attrs_field(init=False)
    issuer_mode: OpenIdConnectApplicationIssuerMode | None = _attrs_field(init=False)
    jwks: OpenIdConnectApplicationSettingsClientKeys | None = _attrs_field(init=False)
    jwks_uri: str | None = _attrs_field(init=False)
    logo_uri: str | None = _attrs_field(init=False)
    network: OpenIdConnectApplicationNetwork | None = _attrs_field(init=False)
    participate_slo: bool | None = _attrs_field(init=False)
    policy_uri: str | None = _attrs_field(init=False)
    post_logout_redirect_uris: list[str] | None = _attrs_field(init=False)
    redirect_uris: list[str] | None = _attrs_field(init=False)
    refresh_token: OpenIdConnectApplicationSettingsRefreshToken | None = _attrs_field(init=False)
    request_object_signing_alg: OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg | None = _attrs_field(
        init=False
    )
    response_types: list[OAuthResponseType] | None = _attrs_field(init=False)
    sector_identifier_uri: str | None = _attrs_field(init=False)
    subject_type: OpenIdConnectApplicationSettingsClientSubjectType | None = _attrs_field(init=False)
    tos_uri: str | None = _attrs_field(init=False)
    wildcard_redirect: OpenIdConnectApplicationSettingsClientWildcardRedirect | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        grant_types: list[GrantType] | None | Unset,
        application_type: OpenIdConnectApplicationType | None | Unset = UNSET,
        backchannel_authentication_request_signing_alg: OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg
        | None
        | Unset = UNSET,
        backchannel_custom_authenticator_id: str | None | Unset = UNSET,
        backchannel_token_delivery_mode: OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode
        | None
        | Unset = UNSET,
        client_uri: str | None | Unset = UNSET,
        consent_method: OpenIdConnectApplicationConsentMethod | None | Unset = UNSET,
        dpop_bound_access_tokens: bool | None | Unset = UNSET,
        frontchannel_logout_session_required: bool | None | Unset = UNSET,
        frontchannel_logout_uri: str | None | Unset = UNSET,
        id_token_encrypted_response_alg: IdTokenKeyEncryptionAlgorithm | None | Unset = UNSET,
        idp_initiated_login: OpenIdConnectApplicationIdpInitiatedLogin | None | Unset = UNSET,
        initiate_login_uri: str | None | Unset = UNSET,
        issuer_mode: OpenIdConnectApplicationIssuerMode | None | Unset = UNSET,
        jwks: OpenIdConnectApplicationSettingsClientKeys | None | Unset = UNSET,
        jwks_uri: str | None | Unset = UNSET,
        logo_uri: str | None | Unset = UNSET,
        network: OpenIdConnectApplicationNetwork | None | Unset = UNSET,
        participate_slo: bool | None | Unset = UNSET,
        policy_uri: str | None | Unset = UNSET,
        post_logout_redirect_uris: list[str] | None | Unset = UNSET,
        redirect_uris: list[str] | None | Unset = UNSET,
        refresh_token: OpenIdConnectApplicationSettingsRefreshToken | None | Unset = UNSET,
        request_object_signing_alg: OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg
        | None
        | Unset = UNSET,
        response_types: list[OAuthResponseType] | None | Unset = UNSET,
        sector_identifier_uri: str | None | Unset = UNSET,
        subject_type: OpenIdConnectApplicationSettingsClientSubjectType | None | Unset = UNSET,
        tos_uri: str | None | Unset = UNSET,
        wildcard_redirect: OpenIdConnectApplicationSettingsClientWildcardRedirect | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if grant_types is not UNSET:
            _set_field(self, "grant_types", grant_types)
        if application_type is not UNSET:
            _set_field(self, "application_type", application_type)
        if backchannel_authentication_request_signing_alg is not UNSET:
            _set_field(
                self, "backchannel_authentication_request_signing_alg", backchannel_authentication_request_signing_alg
            )
        if backchannel_custom_authenticator_id is not UNSET:
            _set_field(self, "backchannel_custom_authenticator_id", backchannel_custom_authenticator_id)
        if backchannel_token_delivery_mode is not UNSET:
            _set_field(self, "backchannel_token_delivery_mode", backchannel_token_delivery_mode)
        if client_uri is not UNSET:
            _set_field(self, "client_uri", client_uri)
        if consent_method is not UNSET:
            _set_field(self, "consent_method", consent_method)
        if dpop_bound_access_tokens is not UNSET:
            _set_field(self, "dpop_bound_access_tokens", dpop_bound_access_tokens)
        if frontchannel_logout_session_required is not UNSET:
            _set_field(self, "frontchannel_logout_session_required", frontchannel_logout_session_required)
        if frontchannel_logout_uri is not UNSET:
            _set_field(self, "frontchannel_logout_uri", frontchannel_logout_uri)
        if id_token_encrypted_response_alg is not UNSET:
            _set_field(self, "id_token_encrypted_response_alg", id_token_encrypted_response_alg)
        if idp_initiated_login is not UNSET:
            _set_field(self, "idp_initiated_login", idp_initiated_login)
        if initiate_login_uri is not UNSET:
            _set_field(self, "initiate_login_uri", initiate_login_uri)
        if issuer_mode is not UNSET:
            _set_field(self, "issuer_mode", issuer_mode)
        if jwks is not UNSET:
            _set_field(self, "jwks", jwks)
        if jwks_uri is not UNSET:
            _set_field(self, "jwks_uri", jwks_uri)
        if logo_uri is not UNSET:
            _set_field(self, "logo_uri", logo_uri)
        if network is not UNSET:
            _set_field(self, "network", network)
        if participate_slo is not UNSET:
            _set_field(self, "participate_slo", participate_slo)
        if policy_uri is not UNSET:
            _set_field(self, "policy_uri", policy_uri)
        if post_logout_redirect_uris is not UNSET:
            _set_field(self, "post_logout_redirect_uris", post_logout_redirect_uris)
        if redirect_uris is not UNSET:
            _set_field(self, "redirect_uris", redirect_uris)
        if refresh_token is not UNSET:
            _set_field(self, "refresh_token", refresh_token)
        if request_object_signing_alg is not UNSET:
            _set_field(self, "request_object_signing_alg", request_object_signing_alg)
        if response_types is not UNSET:
            _set_field(self, "response_types", response_types)
        if sector_identifier_uri is not UNSET:
            _set_field(self, "sector_identifier_uri", sector_identifier_uri)
        if subject_type is not UNSET:
            _set_field(self, "subject_type", subject_type)
        if tos_uri is not UNSET:
            _set_field(self, "tos_uri", tos_uri)
        if wildcard_redirect is not UNSET:
            _set_field(self, "wildcard_redirect", wildcard_redirect)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("grant_types", UNSET)) is not UNSET:
            d["grant_types"] = v
        if (v := values.get("application_type", UNSET)) is not UNSET:
            d["application_type"] = v
        if (v := values.get("backchannel_authentication_request_signing_alg", UNSET)) is not UNSET:
            d["backchannel_authentication_request_signing_alg"] = v
        if (v := values.get("backchannel_custom_authenticator_id", UNSET)) is not UNSET:
            d["backchannel_custom_authenticator_id"] = v
        if (v := values.get("backchannel_token_delivery_mode", UNSET)) is not UNSET:
            d["backchannel_token_delivery_mode"] = v
        if (v := values.get("client_uri", UNSET)) is not UNSET:
            d["client_uri"] = v
        if (v := values.get("consent_method", UNSET)) is not UNSET:
            d["consent_method"] = v
        if (v := values.get("dpop_bound_access_tokens", UNSET)) is not UNSET:
            d["dpop_bound_access_tokens"] = v
        if (v := values.get("frontchannel_logout_session_required", UNSET)) is not UNSET:
            d["frontchannel_logout_session_required"] = v
        if (v := values.get("frontchannel_logout_uri", UNSET)) is not UNSET:
            d["frontchannel_logout_uri"] = v
        if (v := values.get("id_token_encrypted_response_alg", UNSET)) is not UNSET:
            d["id_token_encrypted_response_alg"] = v
        if (v := values.get("idp_initiated_login", UNSET)) is not UNSET:
            d["idp_initiated_login"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("initiate_login_uri", UNSET)) is not UNSET:
            d["initiate_login_uri"] = v
        if (v := values.get("issuer_mode", UNSET)) is not UNSET:
            d["issuer_mode"] = v
        if (v := values.get("jwks", UNSET)) is not UNSET:
            d["jwks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("jwks_uri", UNSET)) is not UNSET:
            d["jwks_uri"] = v
        if (v := values.get("logo_uri", UNSET)) is not UNSET:
            d["logo_uri"] = v
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("participate_slo", UNSET)) is not UNSET:
            d["participate_slo"] = v
        if (v := values.get("policy_uri", UNSET)) is not UNSET:
            d["policy_uri"] = v
        if (v := values.get("post_logout_redirect_uris", UNSET)) is not UNSET:
            d["post_logout_redirect_uris"] = v
        if (v := values.get("redirect_uris", UNSET)) is not UNSET:
            d["redirect_uris"] = v
        if (v := values.get("refresh_token", UNSET)) is not UNSET:
            d["refresh_token"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("request_object_signing_alg", UNSET)) is not UNSET:
            d["request_object_signing_alg"] = v
        if (v := values.get("response_types", UNSET)) is not UNSET:
            d["response_types"] = v
        if (v := values.get("sector_identifier_uri", UNSET)) is not UNSET:
            d["sector_identifier_uri"] = v
        if (v := values.get("subject_type", UNSET)) is not UNSET:
            d["subject_type"] = v
        if (v := values.get("tos_uri", UNSET)) is not UNSET:
            d["tos_uri"] = v
        if (v := values.get("wildcard_redirect", UNSET)) is not UNSET:
            d["wildcard_redirect"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("grant_types", UNSET)) is not UNSET:
            obj.grant_types = _parse_grant_types(v, False)
        if (v := d.pop("application_type", UNSET)) is not UNSET:
            obj.application_type = _parse_application_type(v, False)
        if (v := d.pop("backchannel_authentication_request_signing_alg", UNSET)) is not UNSET:
            obj.backchannel_authentication_request_signing_alg = _parse_backchannel_authentication_request_signing_alg(
                v, False
            )
        if (v := d.pop("backchannel_custom_authenticator_id", UNSET)) is not UNSET:
            obj.backchannel_custom_authenticator_id = v
        if (v := d.pop("backchannel_token_delivery_mode", UNSET)) is not UNSET:
            obj.backchannel_token_delivery_mode = _parse_backchannel_token_delivery_mode(v, False)
        if (v := d.pop("client_uri", UNSET)) is not UNSET:
            obj.client_uri = v
        if (v := d.pop("consent_method", UNSET)) is not UNSET:
            obj.consent_method = _parse_consent_method(v, False)
        if (v := d.pop("dpop_bound_access_tokens", UNSET)) is not UNSET:
            obj.dpop_bound_access_tokens = v
        if (v := d.pop("frontchannel_logout_session_required", UNSET)) is not UNSET:
            obj.frontchannel_logout_session_required = v
        if (v := d.pop("frontchannel_logout_uri", UNSET)) is not UNSET:
            obj.frontchannel_logout_uri = v
        if (v := d.pop("id_token_encrypted_response_alg", UNSET)) is not UNSET:
            obj.id_token_encrypted_response_alg = _parse_id_token_encrypted_response_alg(v, False)
        if (v := d.pop("idp_initiated_login", UNSET)) is not UNSET:
            obj.idp_initiated_login = _parse_idp_initiated_login(v, False)
        if (v := d.pop("initiate_login_uri", UNSET)) is not UNSET:
            obj.initiate_login_uri = v
        if (v := d.pop("issuer_mode", UNSET)) is not UNSET:
            obj.issuer_mode = _parse_issuer_mode(v, False)
        if (v := d.pop("jwks", UNSET)) is not UNSET:
            obj.jwks = _parse_jwks(v, False)
        if (v := d.pop("jwks_uri", UNSET)) is not UNSET:
            obj.jwks_uri = v
        if (v := d.pop("logo_uri", UNSET)) is not UNSET:
            obj.logo_uri = v
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("participate_slo", UNSET)) is not UNSET:
            obj.participate_slo = v
        if (v := d.pop("policy_uri", UNSET)) is not UNSET:
            obj.policy_uri = v
        if (v := d.pop("post_logout_redirect_uris", UNSET)) is not UNSET:
            obj.post_logout_redirect_uris = v
        if (v := d.pop("redirect_uris", UNSET)) is not UNSET:
            obj.redirect_uris = v
        if (v := d.pop("refresh_token", UNSET)) is not UNSET:
            obj.refresh_token = _parse_refresh_token(v, False)
        if (v := d.pop("request_object_signing_alg", UNSET)) is not UNSET:
            obj.request_object_signing_alg = _parse_request_object_signing_alg(v, False)
        if (v := d.pop("response_types", UNSET)) is not UNSET:
            obj.response_types = _parse_response_types(v, False)
        if (v := d.pop("sector_identifier_uri", UNSET)) is not UNSET:
            obj.sector_identifier_uri = v
        if (v := d.pop("subject_type", UNSET)) is not UNSET:
            obj.subject_type = _parse_subject_type(v, False)
        if (v := d.pop("tos_uri", UNSET)) is not UNSET:
            obj.tos_uri = v
        if (v := d.pop("wildcard_redirect", UNSET)) is not UNSET:
            obj.wildcard_redirect = _parse_wildcard_redirect(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
