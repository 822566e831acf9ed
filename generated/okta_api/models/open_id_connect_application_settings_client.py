from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import open_id_connect_application_idp_initiated_login as _open_id_connect_application_idp_initiated_login
from . import open_id_connect_application_settings_client_keys as _open_id_connect_application_settings_client_keys
from . import open_id_connect_application_settings_refresh_token as _open_id_connect_application_settings_refresh_token
from .o_auth_grant_type import OAuthGrantType
from .o_auth_response_type import OAuthResponseType
from .open_id_connect_application_consent_method import OpenIdConnectApplicationConsentMethod
from .open_id_connect_application_issuer_mode import OpenIdConnectApplicationIssuerMode
from .open_id_connect_application_type import OpenIdConnectApplicationType

if TYPE_CHECKING:
    from typing import Self

    from .open_id_connect_application_idp_initiated_login import OpenIdConnectApplicationIdpInitiatedLogin
    from .open_id_connect_application_settings_client_keys import OpenIdConnectApplicationSettingsClientKeys
    from .open_id_connect_application_settings_refresh_token import OpenIdConnectApplicationSettingsRefreshToken


@_attrs_define(kw_only=True)
class OpenIdConnectApplicationSettingsClient(OktaModel):
    """An Okta `OpenIdConnectApplicationSettingsClient`.

    Attributes:
        application_type: OpenIdConnectApplicationType
        client_uri: str
        consent_method: OpenIdConnectApplicationConsentMethod
        grant_types: list[OAuthGrantType]
        idp_initiated_login: OpenIdConnectApplicationIdpInitiatedLogin
        initiate_login_uri: str
        issuer_mode: OpenIdConnectApplicationIssuerMode
        jwks: OpenIdConnectApplicationSettingsClientKeys
        logo_uri: str
        policy_uri: str
        post_logout_redirect_uris: list[str]
        redirect_uris: list[str]
        refresh_token: OpenIdConnectApplicationSettingsRefreshToken
        response_types: list[OAuthResponseType]
        tos_uri: str
        wildcard_redirect: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "application_type": "application_type",
        "client_uri": "client_uri",
        "consent_method": "consent_method",
        "grant_types": "grant_types",
        "idp_initiated_login": "idp_initiated_login",
        "initiate_login_uri": "initiate_login_uri",
        "issuer_mode": "issuer_mode",
        "jwks": "jwks",
        "logo_uri": "logo_uri",
        "policy_uri": "policy_uri",
        "post_logout_redirect_uris": "post_logout_redirect_uris",
        "redirect_uris": "redirect_uris",
        "refresh_token": "refresh_token",
        "response_types": "response_types",
        "tos_uri": "tos_uri",
        "wildcard_redirect": "wildcard_redirect",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "application_type": "enum",
        "client_uri": "str",
        "consent_method": "enum",
        "grant_types": "list:enum",
        "idp_initiated_login": "model",
        "initiate_login_uri": "str",
        "issuer_mode": "enum",
        "jwks": "model",
        "logo_uri": "str",
        "policy_uri": "str",
        "post_logout_redirect_uris": "list:str",
        "redirect_uris": "list:str",
        "refresh_token": "model",
        "response_types": "list:enum",
        "tos_uri": "str",
        "wildcard_redirect": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "application_type": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationType, v)
            if (v := d.get("application_type", UNSET)).__class__ is str
            else v
        ),
        "client_uri": "client_uri",
        "consent_method": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationConsentMethod, v)
            if (v := d.get("consent_method", UNSET)).__class__ is str
            else v
        ),
        "grant_types": lambda d: _convert.parse_enum_list(OAuthGrantType, d.get("grant_types", UNSET)),
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
        "logo_uri": "logo_uri",
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
        "response_types": lambda d: _convert.parse_enum_list(OAuthResponseType, d.get("response_types", UNSET)),
        "tos_uri": "tos_uri",
        "wildcard_redirect": "wildcard_redirect",
        "additional_properties": lambda d: _convert.undeclared(d, OpenIdConnectApplicationSettingsClient._json_names),
    }

    application_type: OpenIdConnectApplicationType | None | Unset = UNSET
    client_uri: str | None | Unset = UNSET
    consent_method: OpenIdConnectApplicationConsentMethod | None | Unset = UNSET
    grant_types: list[OAuthGrantType] | None | Unset = UNSET
    idp_initiated_login: OpenIdConnectApplicationIdpInitiatedLogin | None | Unset = UNSET
    initiate_login_uri: str | None | Unset = UNSET
    issuer_mode: OpenIdConnectApplicationIssuerMode | None | Unset = UNSET
    jwks: OpenIdConnectApplicationSettingsClientKeys | None | Unset = UNSET
    logo_uri: str | None | Unset = UNSET
    policy_uri: str | None | Unset = UNSET
    post_logout_redirect_uris: list[str] | None | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    refresh_token: OpenIdConnectApplicationSettingsRefreshToken | None | Unset = UNSET
    response_types: list[OAuthResponseType] | None | Unset = UNSET
    tos_uri: str | None | Unset = UNSET
    wildcard_redirect: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.application_type is not UNSET:
            d["application_type"] = self.application_type
        if self.client_uri is not UNSET:
            d["client_uri"] = self.client_uri
        if self.consent_method is not UNSET:
            d["consent_method"] = self.consent_method
        if self.grant_types is not UNSET:
            d["grant_types"] = self.grant_types
        if self.idp_initiated_login is not UNSET:
            d["idp_initiated_login"] = _convert.dump_model(self.idp_initiated_login, omit_read_only)
        if self.initiate_login_uri is not UNSET:
            d["initiate_login_uri"] = self.initiate_login_uri
        if self.issuer_mode is not UNSET:
            d["issuer_mode"] = self.issuer_mode
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.logo_uri is not UNSET:
            d["logo_uri"] = self.logo_uri
        if self.policy_uri is not UNSET:
            d["policy_uri"] = self.policy_uri
        if self.post_logout_redirect_uris is not UNSET:
            d["post_logout_redirect_uris"] = self.post_logout_redirect_uris
        if self.redirect_uris is not UNSET:
            d["redirect_uris"] = self.redirect_uris
        if self.refresh_token is not UNSET:
            d["refresh_token"] = _convert.dump_model(self.refresh_token, omit_read_only)
        if self.response_types is not UNSET:
            d["response_types"] = self.response_types
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
        obj.application_type = (
            _convert.parse_enum(OpenIdConnectApplicationType, v)
            if (v := d.pop("application_type", UNSET)).__class__ is str
            else v
        )
        obj.client_uri = d.pop("client_uri", UNSET)
        obj.consent_method = (
            _convert.parse_enum(OpenIdConnectApplicationConsentMethod, v)
            if (v := d.pop("consent_method", UNSET)).__class__ is str
            else v
        )
        obj.grant_types = _convert.parse_enum_list(OAuthGrantType, d.pop("grant_types", UNSET))
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
        obj.logo_uri = d.pop("logo_uri", UNSET)
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
        obj.response_types = _convert.parse_enum_list(OAuthResponseType, d.pop("response_types", UNSET))
        obj.tos_uri = d.pop("tos_uri", UNSET)
        obj.wildcard_redirect = d.pop("wildcard_redirect", UNSET)
        obj.additional_properties = d
        return obj
