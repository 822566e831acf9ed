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
        alias (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fd7dd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fd7f90>
        auth_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc050>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e22cd0>
        enabled (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc150>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc2d0>
        host (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc350>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc4d0>
        port (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc750>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc8d0>
        username (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc950>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdcad0>
        client_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdcb50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdccd0>
        client_secret (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdcd50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdced0>
        scopes (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdcf50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdd290>
        token_endpoint (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdd2d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdd450>
        token_endpoint_auth_method (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdd4d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdd690>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc550>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fdc6d0>
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
