from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .application_type import ApplicationType
from .endpoint_auth_method import EndpointAuthMethod
from .grant_type import GrantType
from .response_type import ResponseType
from .signing_algorithm import SigningAlgorithm

if TYPE_CHECKING:
    from typing import Self


_parse_application_type = _convert.enum_parser(ApplicationType)


def _parse_grant_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(GrantType, v)


def _parse_request_object_signing_alg(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SigningAlgorithm, v)


def _parse_response_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ResponseType, v)


_parse_token_endpoint_auth_method = _convert.enum_parser(EndpointAuthMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "application_type": ("application_type", _parse_application_type),
        "client_id": ("client_id", None),
        "client_id_issued_at": ("client_id_issued_at", None),
        "client_name": ("client_name", None),
        "client_secret": ("client_secret", None),
        "client_secret_expires_at": ("client_secret_expires_at", None),
        "frontchannel_logout_session_required": ("frontchannel_logout_session_required", None),
        "frontchannel_logout_uri": ("frontchannel_logout_uri", None),
        "grant_types": ("grant_types", _parse_grant_types),
        "initiate_login_uri": ("initiate_login_uri", None),
        "jwks_uri": ("jwks_uri", None),
        "logo_uri": ("logo_uri", None),
        "policy_uri": ("policy_uri", None),
        "post_logout_redirect_uris": ("post_logout_redirect_uris", None),
        "redirect_uris": ("redirect_uris", None),
        "request_object_signing_alg": ("request_object_signing_alg", _parse_request_object_signing_alg),
        "response_types": ("response_types", _parse_response_types),
        "token_endpoint_auth_method": ("token_endpoint_auth_method", _parse_token_endpoint_auth_method),
        "tos_uri": ("tos_uri", None),
    }

    application_type: ApplicationType | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    client_id_issued_at: int | None = _attrs_field(init=False)
    client_name: str | None = _attrs_field(init=False)
    client_secret: str | None = _attrs_field(init=False, repr=_convert.masked)
    client_secret_expires_at: int | None = _attrs_field(init=False)
    frontchannel_logout_session_required: bool | None = _attrs_field(init=False)
    frontchannel_logout_uri: str | None = _attrs_field(init=False)
    grant_types: list[GrantType] | None = _attrs_field(init=False)
    initiate_login_uri: str | None = _attrs_field(init=False)
    jwks_uri: str | None = _attrs_field(init=False)
    logo_uri: str | None = _attrs_field(init=False)
    policy_uri: str | None = _attrs_field(init=False)
    post_logout_redirect_uris: str | None = _attrs_field(init=False)
    redirect_uris: list[str] | None = _attrs_field(init=False)
    request_object_signing_alg: list[SigningAlgorithm] | None = _attrs_field(init=False)
    response_types: list[ResponseType] | None = _attrs_field(init=False)
    token_endpoint_auth_method: EndpointAuthMethod | None = _attrs_field(init=False)
    tos_uri: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        application_type: ApplicationType | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        client_id_issued_at: int | None | Unset = UNSET,
        client_name: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        client_secret_expires_at: int | None | Unset = UNSET,
        frontchannel_logout_session_required: bool | None | Unset = UNSET,
        frontchannel_logout_uri: str | None | Unset = UNSET,
        grant_types: list[GrantType] | None | Unset = UNSET,
        initiate_login_uri: str | None | Unset = UNSET,
        jwks_uri: str | None | Unset = UNSET,
        logo_uri: str | None | Unset = UNSET,
        policy_uri: str | None | Unset = UNSET,
        post_logout_redirect_uris: str | None | Unset = UNSET,
        redirect_uris: list[str] | None | Unset = UNSET,
        request_object_signing_alg: list[SigningAlgorithm] | None | Unset = UNSET,
        response_types: list[ResponseType] | None | Unset = UNSET,
        token_endpoint_auth_method: EndpointAuthMethod | None | Unset = UNSET,
        tos_uri: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if application_type is not UNSET:
            _set_field(self, "application_type", application_type)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if client_id_issued_at is not UNSET:
            _set_field(self, "client_id_issued_at", client_id_issued_at)
        if client_name is not UNSET:
            _set_field(self, "client_name", client_name)
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if client_secret_expires_at is not UNSET:
            _set_field(self, "client_secret_expires_at", client_secret_expires_at)
        if frontchannel_logout_session_required is not UNSET:
            _set_field(self, "frontchannel_logout_session_required", frontchannel_logout_session_required)
        if frontchannel_logout_uri is not UNSET:
            _set_field(self, "frontchannel_logout_uri", frontchannel_logout_uri)
        if grant_types is not UNSET:
            _set_field(self, "grant_types", grant_types)
        if initiate_login_uri is not UNSET:
            _set_field(self, "initiate_login_uri", initiate_login_uri)
        if jwks_uri is not UNSET:
            _set_field(self, "jwks_uri", jwks_uri)
        if logo_uri is not UNSET:
            _set_field(self, "logo_uri", logo_uri)
        if policy_uri is not UNSET:
            _set_field(self, "policy_uri", policy_uri)
        if post_logout_redirect_uris is not UNSET:
            _set_field(self, "post_logout_redirect_uris", post_logout_redirect_uris)
        if redirect_uris is not UNSET:
            _set_field(self, "redirect_uris", redirect_uris)
        if request_object_signing_alg is not UNSET:
            _set_field(self, "request_object_signing_alg", request_object_signing_alg)
        if response_types is not UNSET:
            _set_field(self, "response_types", response_types)
        if token_endpoint_auth_method is not UNSET:
            _set_field(self, "token_endpoint_auth_method", token_endpoint_auth_method)
        if tos_uri is not UNSET:
            _set_field(self, "tos_uri", tos_uri)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("application_type", UNSET)) is not UNSET:
            d["application_type"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET and not omit_read_only:
            d["client_id"] = v
        if (v := values.get("client_id_issued_at", UNSET)) is not UNSET and not omit_read_only:
            d["client_id_issued_at"] = v
        if (v := values.get("client_name", UNSET)) is not UNSET:
            d["client_name"] = v
        if (v := values.get("client_secret", UNSET)) is not UNSET and not omit_read_only:
            d["client_secret"] = v
        if (v := values.get("client_secret_expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["client_secret_expires_at"] = v
        if (v := values.get("frontchannel_logout_session_required", UNSET)) is not UNSET:
            d["frontchannel_logout_session_required"] = v
        if (v := values.get("frontchannel_logout_uri", UNSET)) is not UNSET:
            d["frontchannel_logout_uri"] = v
        if (v := values.get("grant_types", UNSET)) is not UNSET:
            d["grant_types"] = v
        if (v := values.get("initiate_login_uri", UNSET)) is not UNSET:
            d["initiate_login_uri"] = v
        if (v := values.get("jwks_uri", UNSET)) is not UNSET:
            d["jwks_uri"] = v
        if (v := values.get("logo_uri", UNSET)) is not UNSET:
            d["logo_uri"] = v
        if (v := values.get("policy_uri", UNSET)) is not UNSET:
            d["policy_uri"] = v
        if (v := values.get("post_logout_redirect_uris", UNSET)) is not UNSET:
            d["post_logout_redirect_uris"] = v
        if (v := values.get("redirect_uris", UNSET)) is not UNSET:
            d["redirect_uris"] = v
        if (v := values.get("request_object_signing_alg", UNSET)) is not UNSET:
            d["request_object_signing_alg"] = v
        if (v := values.get("response_types", UNSET)) is not UNSET:
            d["response_types"] = v
        if (v := values.get("token_endpoint_auth_method", UNSET)) is not UNSET:
            d["token_endpoint_auth_method"] = v
        if (v := values.get("tos_uri", UNSET)) is not UNSET:
            d["tos_uri"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("application_type", UNSET)) is not UNSET:
            obj.application_type = _parse_application_type(v, False)
        if (v := d.pop("client_id", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("client_id_issued_at", UNSET)) is not UNSET:
            obj.client_id_issued_at = v
        if (v := d.pop("client_name", UNSET)) is not UNSET:
            obj.client_name = v
        if (v := d.pop("client_secret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("client_secret_expires_at", UNSET)) is not UNSET:
            obj.client_secret_expires_at = v
        if (v := d.pop("frontchannel_logout_session_required", UNSET)) is not UNSET:
            obj.frontchannel_logout_session_required = v
        if (v := d.pop("frontchannel_logout_uri", UNSET)) is not UNSET:
            obj.frontchannel_logout_uri = v
        if (v := d.pop("grant_types", UNSET)) is not UNSET:
            obj.grant_types = _parse_grant_types(v, False)
        if (v := d.pop("initiate_login_uri", UNSET)) is not UNSET:
            obj.initiate_login_uri = v
        if (v := d.pop("jwks_uri", UNSET)) is not UNSET:
            obj.jwks_uri = v
        if (v := d.pop("logo_uri", UNSET)) is not UNSET:
            obj.logo_uri = v
        if (v := d.pop("policy_uri", UNSET)) is not UNSET:
            obj.policy_uri = v
        if (v := d.pop("post_logout_redirect_uris", UNSET)) is not UNSET:
            obj.post_logout_redirect_uris = v
        if (v := d.pop("redirect_uris", UNSET)) is not UNSET:
            obj.redirect_uris = v
        if (v := d.pop("request_object_signing_alg", UNSET)) is not UNSET:
            obj.request_object_signing_alg = _parse_request_object_signing_alg(v, False)
        if (v := d.pop("response_types", UNSET)) is not UNSET:
            obj.response_types = _parse_response_types(v, False)
        if (v := d.pop("token_endpoint_auth_method", UNSET)) is not UNSET:
            obj.token_endpoint_auth_method = _parse_token_endpoint_auth_method(v, False)
        if (v := d.pop("tos_uri", UNSET)) is not UNSET:
            obj.tos_uri = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
