from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .base_email_server_create import BaseEmailServerCreate
from .oauth2clientcredentialscreate_token_endpoint_auth_method import (
    OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod,
)
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAUTH2CLIENTCREDENTIALSCREATE(BaseEmailServerCreate):
    """OAUTH2_CLIENT_CREDENTIALS

    Attributes:
        alias: Human-readable name for your SMTP server
        auth_type (`authType`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>The authentication type that's used by
            your SMTP server
        enabled: If `true`, all email traffic is routed through your SMTP server
        host: Hostname or IP address of your SMTP server
        port: Port number of your SMTP server
        username: Username that's used to access your SMTP server
        client_id (`clientId`): The client ID that's used to access your SMTP server. This client ID is obtained when you
            create an OAuth 2.0 app with your email provider.
        client_secret (`clientSecret`): The client secret that's used to access your SMTP server. This client secret is obtained
            when you create an OAuth 2.0 app with your email provider.
        scopes: List of OAuth 2.0 scopes for your SMTP server. You must provide a scope that allows your
            email server to send emails.
        token_endpoint (`tokenEndpoint`): The email provider's specific URL where the OAuth 2.0 app sends its credentials (or signed
            JWT) to exchange them for an access token
        token_endpoint_auth_method (`tokenEndpointAuthMethod`): This method determines how your OAuth 2.0 app sends its credentials (`client_id` and
            `client_secret`) to the provider's server when requesting an access token.
        id (read-only, never sent): ID of your SMTP server
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "authType": "auth_type",
        "enabled": "enabled",
        "host": "host",
        "port": "port",
        "username": "username",
        "clientId": "client_id",
        "clientSecret": "client_secret",
        "scopes": "scopes",
        "tokenEndpoint": "token_endpoint",
        "tokenEndpointAuthMethod": "token_endpoint_auth_method",
        "id": "id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alias": "str",
        "auth_type": "enum",
        "enabled": "bool",
        "host": "str",
        "port": "int",
        "username": "str",
        "client_id": "str",
        "client_secret": "str",
        "scopes": "list:str",
        "token_endpoint": "str",
        "token_endpoint_auth_method": "enum",
        "id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alias": "alias",
        "auth_type": lambda d: (
            _convert.parse_enum(SmtpAuthType, v) if (v := d.get("authType", UNSET)).__class__ is str else v
        ),
        "enabled": "enabled",
        "host": "host",
        "port": "port",
        "username": "username",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "scopes": "scopes",
        "token_endpoint": "tokenEndpoint",
        "token_endpoint_auth_method": lambda d: (
            _convert.parse_enum(OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod, v)
            if (v := d.get("tokenEndpointAuthMethod", UNSET)).__class__ is str
            else v
        ),
        "id": "id",
        "additional_properties": lambda d: _convert.undeclared(d, OAUTH2CLIENTCREDENTIALSCREATE._json_names),
    }

    alias: str | None | Unset
    enabled: bool | None | Unset
    host: str | None | Unset
    port: int | None | Unset
    username: str | None | Unset
    client_id: str | None | Unset
    client_secret: str | None | Unset
    scopes: list[str] | None | Unset
    token_endpoint: str | None | Unset
    token_endpoint_auth_method: OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod | None | Unset
    auth_type: SmtpAuthType | None | Unset = SmtpAuthType("OAUTH2_CLIENT_CREDENTIALS")
    id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alias is not UNSET:
            d["alias"] = self.alias
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.host is not UNSET:
            d["host"] = self.host
        if self.port is not UNSET:
            d["port"] = self.port
        if self.username is not UNSET:
            d["username"] = self.username
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.client_secret is not UNSET:
            d["clientSecret"] = self.client_secret
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.token_endpoint is not UNSET:
            d["tokenEndpoint"] = self.token_endpoint
        if self.token_endpoint_auth_method is not UNSET:
            d["tokenEndpointAuthMethod"] = self.token_endpoint_auth_method
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.alias = d.pop("alias", UNSET)
        obj.auth_type = _convert.parse_enum(SmtpAuthType, v) if (v := d.pop("authType", UNSET)).__class__ is str else v
        obj.enabled = d.pop("enabled", UNSET)
        obj.host = d.pop("host", UNSET)
        obj.port = d.pop("port", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.client_secret = d.pop("clientSecret", UNSET)
        obj.scopes = d.pop("scopes", UNSET)
        obj.token_endpoint = d.pop("tokenEndpoint", UNSET)
        obj.token_endpoint_auth_method = (
            _convert.parse_enum(OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod, v)
            if (v := d.pop("tokenEndpointAuthMethod", UNSET)).__class__ is str
            else v
        )
        obj.id = d.pop("id", UNSET)
        obj.additional_properties = d
        return obj
