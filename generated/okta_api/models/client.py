from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .application_type import ApplicationType
from .endpoint_auth_method import EndpointAuthMethod
from .grant_type import GrantType
from .response_type import ResponseType
from .signing_algorithm import SigningAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Client(OktaModel):
    """An Okta `Client`.

    Attributes:
        application_type: The type of client application. Default value: `web`.
        client_id (read-only, never sent): Unique key for the client application. The `client_id` is immutable. When you create a
            client Application, you can't specify the `client_id` because Okta uses the application ID
            for the `client_id`.
        client_id_issued_at (read-only, never sent): Time at which the `client_id` was issued (measured in unix seconds)
        client_name: Human-readable string name of the client application
        client_secret (read-only, never sent): OAuth 2.0 client secret string (used for confidential clients). The `client_secret` is
            shown only on the response of the creation or update of a client Application (and only if
            the `token_endpoint_auth_method` is one that requires a client secret). You can't specify
            the `client_secret`. If the `token_endpoint_auth_method` requires one, Okta generates a
            random `client_secret` for the client Application.
        client_secret_expires_at (read-only, never sent): Time at which the `client_secret` expires or 0 if it doesn't expire (measured in unix
            seconds)
        frontchannel_logout_session_required: Include user session details
        frontchannel_logout_uri: URL where Okta sends the logout request
        grant_types: Array of OAuth 2.0 grant type strings. Default value: `[authorization_code]`
        initiate_login_uri: URL that a third party can use to initiate a login by the client
        jwks_uri: URL string that references a [JSON Web Key
            Set](https://tools.ietf.org/html/rfc7517#section-5) for validating JWTs presented to Okta
        logo_uri: URL string that references a logo for the client consent dialog (not the sign-in dialog)
        policy_uri: URL string of a web page providing the client's policy document
        post_logout_redirect_uris: Array of redirection URI strings for use for relying party initiated logouts
        redirect_uris: Array of redirection URI strings for use in redirect-based flows. All redirect URIs must
            be absolute URIs and must not include a fragment component. At least one redirect URI and
            response type is required for all client types, with the following exceptions: If the
            client uses the Resource Owner Password flow (if `grant_type` contains the value password)
            or the Client Credentials flow (if `grant_type` contains the value `client_credentials`),
            then no redirect URI or response type is necessary. In these cases, you can pass either
            null or an empty array for these attributes.
        request_object_signing_alg: The type of [JSON Web Key Set](https://tools.ietf.org/html/rfc7517#section-5) algorithm
            that must be used for signing request objects
        response_types: Array of OAuth 2.0 response type strings. Default value: `[code]`
        token_endpoint_auth_method: Requested authentication method for OAuth 2.0 endpoints.
        tos_uri: URL string of a web page providing the client's terms of service document
    """

    _json_names: ClassVar[dict[str, str]] = {
        "application_type": "application_type",
        "client_id": "client_id",
        "client_id_issued_at": "client_id_issued_at",
        "client_name": "client_name",
        "client_secret": "client_secret",
        "client_secret_expires_at": "client_secret_expires_at",
        "frontchannel_logout_session_required": "frontchannel_logout_session_required",
        "frontchannel_logout_uri": "frontchannel_logout_uri",
        "grant_types": "grant_types",
        "initiate_login_uri": "initiate_login_uri",
        "jwks_uri": "jwks_uri",
        "logo_uri": "logo_uri",
        "policy_uri": "policy_uri",
        "post_logout_redirect_uris": "post_logout_redirect_uris",
        "redirect_uris": "redirect_uris",
        "request_object_signing_alg": "request_object_signing_alg",
        "response_types": "response_types",
        "token_endpoint_auth_method": "token_endpoint_auth_method",
        "tos_uri": "tos_uri",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "application_type": "enum",
        "client_id": "str",
        "client_id_issued_at": "int",
        "client_name": "str",
        "client_secret": "str",
        "client_secret_expires_at": "int",
        "frontchannel_logout_session_required": "bool",
        "frontchannel_logout_uri": "str",
        "grant_types": "list:enum",
        "initiate_login_uri": "str",
        "jwks_uri": "str",
        "logo_uri": "str",
        "policy_uri": "str",
        "post_logout_redirect_uris": "str",
        "redirect_uris": "list:str",
        "request_object_signing_alg": "list:enum",
        "response_types": "list:enum",
        "token_endpoint_auth_method": "enum",
        "tos_uri": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "application_type": lambda d: (
            _convert.parse_enum(ApplicationType, v) if (v := d.get("application_type", UNSET)).__class__ is str else v
        ),
        "client_id": "client_id",
        "client_id_issued_at": "client_id_issued_at",
        "client_name": "client_name",
        "client_secret": "client_secret",
        "client_secret_expires_at": "client_secret_expires_at",
        "frontchannel_logout_session_required": "frontchannel_logout_session_required",
        "frontchannel_logout_uri": "frontchannel_logout_uri",
        "grant_types": lambda d: _convert.parse_enum_list(GrantType, d.get("grant_types", UNSET)),
        "initiate_login_uri": "initiate_login_uri",
        "jwks_uri": "jwks_uri",
        "logo_uri": "logo_uri",
        "policy_uri": "policy_uri",
        "post_logout_redirect_uris": "post_logout_redirect_uris",
        "redirect_uris": "redirect_uris",
        "request_object_signing_alg": lambda d: _convert.parse_enum_list(
            SigningAlgorithm, d.get("request_object_signing_alg", UNSET)
        ),
        "response_types": lambda d: _convert.parse_enum_list(ResponseType, d.get("response_types", UNSET)),
        "token_endpoint_auth_method": lambda d: (
            _convert.parse_enum(EndpointAuthMethod, v)
            if (v := d.get("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        ),
        "tos_uri": "tos_uri",
        "additional_properties": lambda d: _convert.undeclared(d, Client._json_names),
    }

    application_type: ApplicationType | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    client_id_issued_at: int | None | Unset = UNSET
    client_name: str | None | Unset = UNSET
    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    client_secret_expires_at: int | None | Unset = UNSET
    frontchannel_logout_session_required: bool | None | Unset = UNSET
    frontchannel_logout_uri: str | None | Unset = UNSET
    grant_types: list[GrantType] | None | Unset = UNSET
    initiate_login_uri: str | None | Unset = UNSET
    jwks_uri: str | None | Unset = UNSET
    logo_uri: str | None | Unset = UNSET
    policy_uri: str | None | Unset = UNSET
    post_logout_redirect_uris: str | None | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    request_object_signing_alg: list[SigningAlgorithm] | None | Unset = UNSET
    response_types: list[ResponseType] | None | Unset = UNSET
    token_endpoint_auth_method: EndpointAuthMethod | None | Unset = UNSET
    tos_uri: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.application_type is not UNSET:
            d["application_type"] = self.application_type
        if self.client_id is not UNSET and not omit_read_only:
            d["client_id"] = self.client_id
        if self.client_id_issued_at is not UNSET and not omit_read_only:
            d["client_id_issued_at"] = self.client_id_issued_at
        if self.client_name is not UNSET:
            d["client_name"] = self.client_name
        if self.client_secret is not UNSET and not omit_read_only:
            d["client_secret"] = self.client_secret
        if self.client_secret_expires_at is not UNSET and not omit_read_only:
            d["client_secret_expires_at"] = self.client_secret_expires_at
        if self.frontchannel_logout_session_required is not UNSET:
            d["frontchannel_logout_session_required"] = self.frontchannel_logout_session_required
        if self.frontchannel_logout_uri is not UNSET:
            d["frontchannel_logout_uri"] = self.frontchannel_logout_uri
        if self.grant_types is not UNSET:
            d["grant_types"] = self.grant_types
        if self.initiate_login_uri is not UNSET:
            d["initiate_login_uri"] = self.initiate_login_uri
        if self.jwks_uri is not UNSET:
            d["jwks_uri"] = self.jwks_uri
        if self.logo_uri is not UNSET:
            d["logo_uri"] = self.logo_uri
        if self.policy_uri is not UNSET:
            d["policy_uri"] = self.policy_uri
        if self.post_logout_redirect_uris is not UNSET:
            d["post_logout_redirect_uris"] = self.post_logout_redirect_uris
        if self.redirect_uris is not UNSET:
            d["redirect_uris"] = self.redirect_uris
        if self.request_object_signing_alg is not UNSET:
            d["request_object_signing_alg"] = self.request_object_signing_alg
        if self.response_types is not UNSET:
            d["response_types"] = self.response_types
        if self.token_endpoint_auth_method is not UNSET:
            d["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        if self.tos_uri is not UNSET:
            d["tos_uri"] = self.tos_uri
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
            _convert.parse_enum(ApplicationType, v) if (v := d.pop("application_type", UNSET)).__class__ is str else v
        )
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_id_issued_at = d.pop("client_id_issued_at", UNSET)
        obj.client_name = d.pop("client_name", UNSET)
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.client_secret_expires_at = d.pop("client_secret_expires_at", UNSET)
        obj.frontchannel_logout_session_required = d.pop("frontchannel_logout_session_required", UNSET)
        obj.frontchannel_logout_uri = d.pop("frontchannel_logout_uri", UNSET)
        obj.grant_types = _convert.parse_enum_list(GrantType, d.pop("grant_types", UNSET))
        obj.initiate_login_uri = d.pop("initiate_login_uri", UNSET)
        obj.jwks_uri = d.pop("jwks_uri", UNSET)
        obj.logo_uri = d.pop("logo_uri", UNSET)
        obj.policy_uri = d.pop("policy_uri", UNSET)
        obj.post_logout_redirect_uris = d.pop("post_logout_redirect_uris", UNSET)
        obj.redirect_uris = d.pop("redirect_uris", UNSET)
        obj.request_object_signing_alg = _convert.parse_enum_list(
            SigningAlgorithm, d.pop("request_object_signing_alg", UNSET)
        )
        obj.response_types = _convert.parse_enum_list(ResponseType, d.pop("response_types", UNSET))
        obj.token_endpoint_auth_method = (
            _convert.parse_enum(EndpointAuthMethod, v)
            if (v := d.pop("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        )
        obj.tos_uri = d.pop("tos_uri", UNSET)
        obj.additional_properties = d
        return obj
