from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .base_email_server_create import BaseEmailServerCreate
from .oauth2jwtbearergrantcreate_signing_algorithm import OAUTH2JWTBEARERGRANTCREATESigningAlgorithm
from .smtp_auth_type import SmtpAuthType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAUTH2JWTBEARERGRANTCREATE(BaseEmailServerCreate):
    """OAUTH2_JWT_BEARER_GRANT

    Attributes:
        alias (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0050>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0210>
        auth_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0290>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e22cd0>
        enabled (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0390>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0510>
        host (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0590>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0710>
        port (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0990>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0b10>
        username (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0b90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0d10>
        audience (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0d90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0f10>
        client_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0f90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1110>
        issuer (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1190>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1310>
        key_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1390>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1510>
        private_key (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1590>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1710>
        scopes (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1790>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1ad0>
        signing_algorithm (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1b10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1cd0>
        subject (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1d50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1ed0>
        token_endpoint (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe1f50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe20d0>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0790>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fe0910>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "authType": "auth_type",
        "enabled": "enabled",
        "host": "host",
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
        "id": "id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alias": "str",
        "auth_type": "enum",
        "enabled": "bool",
        "host": "str",
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
        "audience": "audience",
        "client_id": "clientId",
        "issuer": "issuer",
        "key_id": "keyId",
        "private_key": "privateKey",
        "scopes": "scopes",
        "signing_algorithm": lambda d: (
            _convert.parse_enum(OAUTH2JWTBEARERGRANTCREATESigningAlgorithm, v)
            if (v := d.get("signingAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "subject": "subject",
        "token_endpoint": "tokenEndpoint",
        "id": "id",
        "additional_properties": lambda d: _convert.undeclared(d, OAUTH2JWTBEARERGRANTCREATE._json_names),
    }

    alias: str | None | Unset
    enabled: bool | None | Unset
    host: str | None | Unset
    port: int | None | Unset
    username: str | None | Unset
    audience: str | None | Unset
    client_id: str | None | Unset
    issuer: str | None | Unset
    key_id: str | None | Unset
    private_key: str | None | Unset
    scopes: list[str] | None | Unset
    signing_algorithm: OAUTH2JWTBEARERGRANTCREATESigningAlgorithm | None | Unset
    subject: str | None | Unset
    token_endpoint: str | None | Unset
    auth_type: SmtpAuthType | None | Unset = SmtpAuthType("OAUTH2_JWT_BEARER_GRANT")
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
        obj.audience = d.pop("audience", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.key_id = d.pop("keyId", UNSET)
        obj.private_key = d.pop("privateKey", UNSET)
        obj.scopes = d.pop("scopes", UNSET)
        obj.signing_algorithm = (
            _convert.parse_enum(OAUTH2JWTBEARERGRANTCREATESigningAlgorithm, v)
            if (v := d.pop("signingAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.subject = d.pop("subject", UNSET)
        obj.token_endpoint = d.pop("tokenEndpoint", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.additional_properties = d
        return obj
