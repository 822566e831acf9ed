from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .base_email_server import BaseEmailServer
from .oauth2jwtbearergrant_signing_algorithm import OAUTH2JWTBEARERGRANTSigningAlgorithm
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


_parse_auth_type = _convert.enum_parser(SmtpAuthType)

_parse_signing_algorithm = _convert.enum_parser(OAUTH2JWTBEARERGRANTSigningAlgorithm)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auth_type": ("authType", _parse_auth_type),
        "alias": ("alias", None),
        "enabled": ("enabled", None),
        "host": ("host", None),
        "id": ("id", None),
        "port": ("port", None),
        "username": ("username", None),
        "audience": ("audience", None),
        "client_id": ("clientId", None),
        "issuer": ("issuer", None),
        "key_id": ("keyId", None),
        "private_key": ("privateKey", None),
        "scopes": ("scopes", None),
        "signing_algorithm": ("signingAlgorithm", _parse_signing_algorithm),
        "subject": ("subject", None),
        "token_endpoint": ("tokenEndpoint", None),
    }

    auth_type: SmtpAuthType | None = _attrs_field(init=False)
    alias: str | None = _attrs_field(init=False)
    enabled: bool | None = _attrs_field(init=False)
    host: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    port: int | None = _attrs_field(init=False)
    username: str | None = _attrs_field(init=False)
    audience: str | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    key_id: str | None = _attrs_field(init=False)
    private_key: str | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    signing_algorithm: OAUTH2JWTBEARERGRANTSigningAlgorithm | None = _attrs_field(init=False)
    subject: str | None = _attrs_field(init=False)
    token_endpoint: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_type: SmtpAuthType | None | Unset = SmtpAuthType("OAUTH2_JWT_BEARER_GRANT"),
        alias: str | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        port: int | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        audience: str | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        key_id: str | None | Unset = UNSET,
        private_key: str | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        signing_algorithm: OAUTH2JWTBEARERGRANTSigningAlgorithm | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        token_endpoint: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_type is not UNSET:
            _set_field(self, "auth_type", auth_type)
        if alias is not UNSET:
            _set_field(self, "alias", alias)
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if host is not UNSET:
            _set_field(self, "host", host)
        if id is not UNSET:
            _set_field(self, "id", id)
        if port is not UNSET:
            _set_field(self, "port", port)
        if username is not UNSET:
            _set_field(self, "username", username)
        if audience is not UNSET:
            _set_field(self, "audience", audience)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if key_id is not UNSET:
            _set_field(self, "key_id", key_id)
        if private_key is not UNSET:
            _set_field(self, "private_key", private_key)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if signing_algorithm is not UNSET:
            _set_field(self, "signing_algorithm", signing_algorithm)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if token_endpoint is not UNSET:
            _set_field(self, "token_endpoint", token_endpoint)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_type", UNSET)) is not UNSET:
            d["authType"] = v
        if (v := values.get("alias", UNSET)) is not UNSET:
            d["alias"] = v
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("host", UNSET)) is not UNSET:
            d["host"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("port", UNSET)) is not UNSET:
            d["port"] = v
        if (v := values.get("username", UNSET)) is not UNSET:
            d["username"] = v
        if (v := values.get("audience", UNSET)) is not UNSET:
            d["audience"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["clientId"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("key_id", UNSET)) is not UNSET:
            d["keyId"] = v
        if (v := values.get("private_key", UNSET)) is not UNSET:
            d["privateKey"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if (v := values.get("signing_algorithm", UNSET)) is not UNSET:
            d["signingAlgorithm"] = v
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = v
        if (v := values.get("token_endpoint", UNSET)) is not UNSET:
            d["tokenEndpoint"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authType", UNSET)) is not UNSET:
            obj.auth_type = _parse_auth_type(v, False)
        if (v := d.pop("alias", UNSET)) is not UNSET:
            obj.alias = v
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("host", UNSET)) is not UNSET:
            obj.host = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("port", UNSET)) is not UNSET:
            obj.port = v
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = v
        if (v := d.pop("audience", UNSET)) is not UNSET:
            obj.audience = v
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("keyId", UNSET)) is not UNSET:
            obj.key_id = v
        if (v := d.pop("privateKey", UNSET)) is not UNSET:
            obj.private_key = v
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("signingAlgorithm", UNSET)) is not UNSET:
            obj.signing_algorithm = _parse_signing_algorithm(v, False)
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = v
        if (v := d.pop("tokenEndpoint", UNSET)) is not UNSET:
            obj.token_endpoint = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
