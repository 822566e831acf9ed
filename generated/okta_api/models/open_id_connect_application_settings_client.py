from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
class OpenIdConnectApplicationSettingsClient(OktaModel):
    """An Okta `OpenIdConnectApplicationSettingsClient`.

    Attributes:
        grant_types (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87050>`): list[GrantType]
        application_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e85f90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e8a610>
        backchannel_authentication_request_signing_alg (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e860d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86290>
        backchannel_custom_authenticator_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86310>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86490>
        backchannel_token_delivery_mode (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86510>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e866d0>
        client_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86750>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e868d0>
        consent_method (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86950>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e7f810>
        dpop_bound_access_tokens (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86a50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86bd0>
        frontchannel_logout_session_required (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86c50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86dd0>
        frontchannel_logout_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86e50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e86fd0>
        id_token_encrypted_response_alg (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e872d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a610f6d0>
        idp_initiated_login (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e873d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e84110>
        initiate_login_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e874d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87650>
        issuer_mode (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e876d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e84310>
        jwks (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e877d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89e50>
        jwks_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e878d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87a50>
        logo_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87ad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87c50>
        network (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87cd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e84f50>
        participate_slo (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87dd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87f50>
        policy_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e87fd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88190>
        post_logout_redirect_uris (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88210>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88550>
        redirect_uris (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88590>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e888d0>
        refresh_token (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88910>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e8a410>
        request_object_signing_alg (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88a10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88bd0>
        response_types (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88c50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88ed0>
        sector_identifier_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e88f10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89090>
        subject_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89110>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e892d0>
        tos_uri (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89350>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e894d0>
        wildcard_redirect (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89550>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e89710>
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
        "grant_types": lambda d: _convert.parse_enum_list(GrantType, d.get("grant_types", UNSET)),
        "application_type": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationType, v)
            if (v := d.get("application_type", UNSET)).__class__ is str
            else v
        ),
        "backchannel_authentication_request_signing_alg": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg, v)
            if (v := d.get("backchannel_authentication_request_signing_alg", UNSET)).__class__ is str
            else v
        ),
        "backchannel_custom_authenticator_id": "backchannel_custom_authenticator_id",
        "backchannel_token_delivery_mode": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode, v)
            if (v := d.get("backchannel_token_delivery_mode", UNSET)).__class__ is str
            else v
        ),
        "client_uri": "client_uri",
        "consent_method": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationConsentMethod, v)
            if (v := d.get("consent_method", UNSET)).__class__ is str
            else v
        ),
        "dpop_bound_access_tokens": "dpop_bound_access_tokens",
        "frontchannel_logout_session_required": "frontchannel_logout_session_required",
        "frontchannel_logout_uri": "frontchannel_logout_uri",
        "id_token_encrypted_response_alg": lambda d: (
            _convert.parse_enum(IdTokenKeyEncryptionAlgorithm, v)
            if (v := d.get("id_token_encrypted_response_alg", UNSET)).__class__ is str
            else v
        ),
        "idp_initiated_login": lambda d: (
            _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin.from_json(v)
            if (v := d.get("idp_initiated_login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin, v
            )
        ),
        "initiate_login_uri": "initiate_login_uri",
        "issuer_mode": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationIssuerMode, v)
            if (v := d.get("issuer_mode", UNSET)).__class__ is str
            else v
        ),
        "jwks": lambda d: (
            _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys, v
            )
        ),
        "jwks_uri": "jwks_uri",
        "logo_uri": "logo_uri",
        "network": lambda d: (
            _open_id_connect_application_network.OpenIdConnectApplicationNetwork.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_open_id_connect_application_network.OpenIdConnectApplicationNetwork, v)
        ),
        "participate_slo": "participate_slo",
        "policy_uri": "policy_uri",
        "post_logout_redirect_uris": "post_logout_redirect_uris",
        "redirect_uris": "redirect_uris",
        "refresh_token": lambda d: (
            _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken.from_json(
                v
            )
            if (v := d.get("refresh_token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken, v
            )
        ),
        "request_object_signing_alg": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg, v)
            if (v := d.get("request_object_signing_alg", UNSET)).__class__ is str
            else v
        ),
        "response_types": lambda d: _convert.parse_enum_list(OAuthResponseType, d.get("response_types", UNSET)),
        "sector_identifier_uri": "sector_identifier_uri",
        "subject_type": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientSubjectType, v)
            if (v := d.get("subject_type", UNSET)).__class__ is str
            else v
        ),
        "tos_uri": "tos_uri",
        "wildcard_redirect": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientWildcardRedirect, v)
            if (v := d.get("wildcard_redirect", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OpenIdConnectApplicationSettingsClient._json_names),
    }

    grant_types: list[GrantType] | None | Unset
    application_type: OpenIdConnectApplicationType | None | Unset = UNSET
    backchannel_authentication_request_signing_alg: (
        OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg | None | Unset
    ) = UNSET
    backchannel_custom_authenticator_id: str | None | Unset = UNSET
    backchannel_token_delivery_mode: (
        OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode | None | Unset
    ) = UNSET
    client_uri: str | None | Unset = UNSET
    consent_method: OpenIdConnectApplicationConsentMethod | None | Unset = UNSET
    dpop_bound_access_tokens: bool | None | Unset = UNSET
    frontchannel_logout_session_required: bool | None | Unset = UNSET
    frontchannel_logout_uri: str | None | Unset = UNSET
    id_token_encrypted_response_alg: IdTokenKeyEncryptionAlgorithm | None | Unset = UNSET
    idp_initiated_login: OpenIdConnectApplicationIdpInitiatedLogin | None | Unset = UNSET
    initiate_login_uri: str | None | Unset = UNSET
    issuer_mode: OpenIdConnectApplicationIssuerMode | None | Unset = UNSET
    jwks: OpenIdConnectApplicationSettingsClientKeys | None | Unset = UNSET
    jwks_uri: str | None | Unset = UNSET
    logo_uri: str | None | Unset = UNSET
    network: OpenIdConnectApplicationNetwork | None | Unset = UNSET
    participate_slo: bool | None | Unset = UNSET
    policy_uri: str | None | Unset = UNSET
    post_logout_redirect_uris: list[str] | None | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    refresh_token: OpenIdConnectApplicationSettingsRefreshToken | None | Unset = UNSET
    request_object_signing_alg: OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg | None | Unset = UNSET
    response_types: list[OAuthResponseType] | None | Unset = UNSET
    sector_identifier_uri: str | None | Unset = UNSET
    subject_type: OpenIdConnectApplicationSettingsClientSubjectType | None | Unset = UNSET
    tos_uri: str | None | Unset = UNSET
    wildcard_redirect: OpenIdConnectApplicationSettingsClientWildcardRedirect | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.grant_types is not UNSET:
            d["grant_types"] = self.grant_types
        if self.application_type is not UNSET:
            d["application_type"] = self.application_type
        if self.backchannel_authentication_request_signing_alg is not UNSET:
            d["backchannel_authentication_request_signing_alg"] = self.backchannel_authentication_request_signing_alg
        if self.backchannel_custom_authenticator_id is not UNSET:
            d["backchannel_custom_authenticator_id"] = self.backchannel_custom_authenticator_id
        if self.backchannel_token_delivery_mode is not UNSET:
            d["backchannel_token_delivery_mode"] = self.backchannel_token_delivery_mode
        if self.client_uri is not UNSET:
            d["client_uri"] = self.client_uri
        if self.consent_method is not UNSET:
            d["consent_method"] = self.consent_method
        if self.dpop_bound_access_tokens is not UNSET:
            d["dpop_bound_access_tokens"] = self.dpop_bound_access_tokens
        if self.frontchannel_logout_session_required is not UNSET:
            d["frontchannel_logout_session_required"] = self.frontchannel_logout_session_required
        if self.frontchannel_logout_uri is not UNSET:
            d["frontchannel_logout_uri"] = self.frontchannel_logout_uri
        if self.id_token_encrypted_response_alg is not UNSET:
            d["id_token_encrypted_response_alg"] = self.id_token_encrypted_response_alg
        if self.idp_initiated_login is not UNSET:
            d["idp_initiated_login"] = _convert.dump_model(self.idp_initiated_login, omit_read_only)
        if self.initiate_login_uri is not UNSET:
            d["initiate_login_uri"] = self.initiate_login_uri
        if self.issuer_mode is not UNSET:
            d["issuer_mode"] = self.issuer_mode
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.jwks_uri is not UNSET:
            d["jwks_uri"] = self.jwks_uri
        if self.logo_uri is not UNSET:
            d["logo_uri"] = self.logo_uri
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.participate_slo is not UNSET:
            d["participate_slo"] = self.participate_slo
        if self.policy_uri is not UNSET:
            d["policy_uri"] = self.policy_uri
        if self.post_logout_redirect_uris is not UNSET:
            d["post_logout_redirect_uris"] = self.post_logout_redirect_uris
        if self.redirect_uris is not UNSET:
            d["redirect_uris"] = self.redirect_uris
        if self.refresh_token is not UNSET:
            d["refresh_token"] = _convert.dump_model(self.refresh_token, omit_read_only)
        if self.request_object_signing_alg is not UNSET:
            d["request_object_signing_alg"] = self.request_object_signing_alg
        if self.response_types is not UNSET:
            d["response_types"] = self.response_types
        if self.sector_identifier_uri is not UNSET:
            d["sector_identifier_uri"] = self.sector_identifier_uri
        if self.subject_type is not UNSET:
            d["subject_type"] = self.subject_type
        if self.tos_uri is not UNSET:
            d["tos_uri"] = self.tos_uri
        if self.wildcard_redirect is not UNSET:
            d["wildcard_redirect"] = self.wildcard_redirect
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.grant_types = _convert.parse_enum_list(GrantType, d.pop("grant_types", UNSET))
        obj.application_type = (
            _convert.parse_enum(OpenIdConnectApplicationType, v)
            if (v := d.pop("application_type", UNSET)).__class__ is str
            else v
        )
        obj.backchannel_authentication_request_signing_alg = (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg, v)
            if (v := d.pop("backchannel_authentication_request_signing_alg", UNSET)).__class__ is str
            else v
        )
        obj.backchannel_custom_authenticator_id = d.pop("backchannel_custom_authenticator_id", UNSET)
        obj.backchannel_token_delivery_mode = (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode, v)
            if (v := d.pop("backchannel_token_delivery_mode", UNSET)).__class__ is str
            else v
        )
        obj.client_uri = d.pop("client_uri", UNSET)
        obj.consent_method = (
            _convert.parse_enum(OpenIdConnectApplicationConsentMethod, v)
            if (v := d.pop("consent_method", UNSET)).__class__ is str
            else v
        )
        obj.dpop_bound_access_tokens = d.pop("dpop_bound_access_tokens", UNSET)
        obj.frontchannel_logout_session_required = d.pop("frontchannel_logout_session_required", UNSET)
        obj.frontchannel_logout_uri = d.pop("frontchannel_logout_uri", UNSET)
        obj.id_token_encrypted_response_alg = (
            _convert.parse_enum(IdTokenKeyEncryptionAlgorithm, v)
            if (v := d.pop("id_token_encrypted_response_alg", UNSET)).__class__ is str
            else v
        )
        obj.idp_initiated_login = (
            _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin.from_dict(v)
            if (v := d.pop("idp_initiated_login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_idp_initiated_login.OpenIdConnectApplicationIdpInitiatedLogin, v
            )
        )
        obj.initiate_login_uri = d.pop("initiate_login_uri", UNSET)
        obj.issuer_mode = (
            _convert.parse_enum(OpenIdConnectApplicationIssuerMode, v)
            if (v := d.pop("issuer_mode", UNSET)).__class__ is str
            else v
        )
        obj.jwks = (
            _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_settings_client_keys.OpenIdConnectApplicationSettingsClientKeys, v
            )
        )
        obj.jwks_uri = d.pop("jwks_uri", UNSET)
        obj.logo_uri = d.pop("logo_uri", UNSET)
        obj.network = (
            _open_id_connect_application_network.OpenIdConnectApplicationNetwork.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_open_id_connect_application_network.OpenIdConnectApplicationNetwork, v)
        )
        obj.participate_slo = d.pop("participate_slo", UNSET)
        obj.policy_uri = d.pop("policy_uri", UNSET)
        obj.post_logout_redirect_uris = d.pop("post_logout_redirect_uris", UNSET)
        obj.redirect_uris = d.pop("redirect_uris", UNSET)
        obj.refresh_token = (
            _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken.from_dict(
                v
            )
            if (v := d.pop("refresh_token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _open_id_connect_application_settings_refresh_token.OpenIdConnectApplicationSettingsRefreshToken, v
            )
        )
        obj.request_object_signing_alg = (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg, v)
            if (v := d.pop("request_object_signing_alg", UNSET)).__class__ is str
            else v
        )
        obj.response_types = _convert.parse_enum_list(OAuthResponseType, d.pop("response_types", UNSET))
        obj.sector_identifier_uri = d.pop("sector_identifier_uri", UNSET)
        obj.subject_type = (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientSubjectType, v)
            if (v := d.pop("subject_type", UNSET)).__class__ is str
            else v
        )
        obj.tos_uri = d.pop("tos_uri", UNSET)
        obj.wildcard_redirect = (
            _convert.parse_enum(OpenIdConnectApplicationSettingsClientWildcardRedirect, v)
            if (v := d.pop("wildcard_redirect", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
