from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .base_email_server import BaseEmailServer
from .oauth2jwtbearergrant_signing_algorithm import OAUTH2JWTBEARERGRANTSigningAlgorithm
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAUTH2JWTBEARERGRANT(BaseEmailServer):
    """OAUTH2_JWT_BEARER_GRANT

    Attributes:
        auth_type (`authType`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>The authentication type that's used by
            your SMTP server
        alias: Human-readable name for your SMTP server
        enabled: If `true`, all email traffic is routed through your SMTP server
        host: Hostname or IP address of your SMTP server
        id (read-only, never sent): ID of your SMTP server
        port: Port number of your SMTP server
        username: Username that's used to access your SMTP server
        audience: The URI of the authorization server that verifies the token. This is typically the token
            URI of your JWT.
        client_id (`clientId`): The client ID that's used to access your SMTP server. This client ID is obtained when you
            create an OAuth 2.0 app with your email provider.
        issuer: The unique ID of the entity that creates the JWT. This can sometimes be the email address
            of the user who creates the JWT. Check with your email provider for the correct value.
        key_id (`keyId`): The ID of the private key that's used to sign the JWT
        private_key (`privateKey`): The secret RSA key that's used to cryptographically sign the JWT
        scopes: List of OAuth 2.0 scopes for your SMTP server. You must provide a scope that allows your
            email server to send emails.
        signing_algorithm (`signingAlgorithm`): The signing algorithm that's used to sign the JWT
        subject: The email address of the user account that the OAuth 2.0 app impersonates to send emails
        token_endpoint (`tokenEndpoint`): The email provider's specific URL where the OAuth 2.0 app sends its credentials (or signed
            JWT) to exchange them for an access token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authType": "auth_type",
        "alias": "alias",
        "enabled": "enabled",
        "host": "host",
        "id": "id",
        "port": "port",
        "username": "username",
        "audience": "audience",
        "clientId": "client_id",
        "issuer": "issuer",
        "keyId": "key_id",
        "privateKey": "private_key",
        "scopes": "scopes",
        "signingAlgorithm": "signing_algorithm",
        "subject": "subject",
        "tokenEndpoint": "token_endpoint",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_type": "enum",
        "alias": "str",
        "enabled": "bool",
        "host": "str",
        "id": "str",
        "port": "int",
        "username": "str",
        "audience": "str",
        "client_id": "str",
        "issuer": "str",
        "key_id": "str",
        "private_key": "str",
        "scopes": "list:str",
        "signing_algorithm": "enum",
        "subject": "str",
        "token_endpoint": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_type": lambda d: (
            _convert.parse_enum(SmtpAuthType, v) if (v := d.get("authType", UNSET)).__class__ is str else v
        ),
        "alias": "alias",
        "enabled": "enabled",
        "host": "host",
        "id": "id",
        "port": "port",
        "username": "username",
        "audience": "audience",
        "client_id": "clientId",
        "issuer": "issuer",
        "key_id": "keyId",
        "private_key": "privateKey",
        "scopes": "scopes",
        "signing_algorithm": lambda d: (
            _convert.parse_enum(OAUTH2JWTBEARERGRANTSigningAlgorithm, v)
            if (v := d.get("signingAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "subject": "subject",
        "token_endpoint": "tokenEndpoint",
        "additional_properties": lambda d: _convert.undeclared(d, OAUTH2JWTBEARERGRANT._json_names),
    }

    auth_type: SmtpAuthType | None | Unset = SmtpAuthType("OAUTH2_JWT_BEARER_GRANT")
    alias: str | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    host: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    port: int | None | Unset = UNSET
    username: str | None | Unset = UNSET
    audience: str | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    key_id: str | None | Unset = UNSET
    private_key: str | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    signing_algorithm: OAUTH2JWTBEARERGRANTSigningAlgorithm | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    token_endpoint: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.alias is not UNSET:
            d["alias"] = self.alias
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.host is not UNSET:
            d["host"] = self.host
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.port is not UNSET:
            d["port"] = self.port
        if self.username is not UNSET:
            d["username"] = self.username
        if self.audience is not UNSET:
            d["audience"] = self.audience
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.key_id is not UNSET:
            d["keyId"] = self.key_id
        if self.private_key is not UNSET:
            d["privateKey"] = self.private_key
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.signing_algorithm is not UNSET:
            d["signingAlgorithm"] = self.signing_algorithm
        if self.subject is not UNSET:
            d["subject"] = self.subject
        if self.token_endpoint is not UNSET:
            d["tokenEndpoint"] = self.token_endpoint
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_type = _convert.parse_enum(SmtpAuthType, v) if (v := d.pop("authType", UNSET)).__class__ is str else v
        obj.alias = d.pop("alias", UNSET)
        obj.enabled = d.pop("enabled", UNSET)
        obj.host = d.pop("host", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.port = d.pop("port", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.audience = d.pop("audience", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.key_id = d.pop("keyId", UNSET)
        obj.private_key = d.pop("privateKey", UNSET)
        obj.scopes = d.pop("scopes", UNSET)
        obj.signing_algorithm = (
            _convert.parse_enum(OAUTH2JWTBEARERGRANTSigningAlgorithm, v)
            if (v := d.pop("signingAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.subject = d.pop("subject", UNSET)
        obj.token_endpoint = d.pop("tokenEndpoint", UNSET)
        obj.additional_properties = d
        return obj
