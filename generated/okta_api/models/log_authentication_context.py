from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_issuer as _log_issuer
from .log_authentication_provider import LogAuthenticationProvider
from .log_credential_provider import LogCredentialProvider
from .log_credential_type import LogCredentialType

if TYPE_CHECKING:
    from typing import Self

    from .log_issuer import LogIssuer


@_attrs_define(kw_only=True)
class LogAuthenticationContext(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b510>

    Attributes:
        authentication_provider (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9aad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b710>
        authentication_step (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9ac10>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9ad90>
        credential_provider (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9ae10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0a90>
        credential_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9af10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0cd0>
        external_session_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b010>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b190>
        interface (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b210>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b390>
        issuer (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9b410>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa7ad0>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationProvider": "authentication_provider",
        "authenticationStep": "authentication_step",
        "credentialProvider": "credential_provider",
        "credentialType": "credential_type",
        "externalSessionId": "external_session_id",
        "interface": "interface",
        "issuer": "issuer",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_provider": "enum",
        "authentication_step": "int",
        "credential_provider": "enum",
        "credential_type": "enum",
        "external_session_id": "str",
        "interface": "str",
        "issuer": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_provider": lambda d: (
            _convert.parse_enum(LogAuthenticationProvider, v)
            if (v := d.get("authenticationProvider", UNSET)).__class__ is str
            else v
        ),
        "authentication_step": "authenticationStep",
        "credential_provider": lambda d: (
            _convert.parse_enum(LogCredentialProvider, v)
            if (v := d.get("credentialProvider", UNSET)).__class__ is str
            else v
        ),
        "credential_type": lambda d: (
            _convert.parse_enum(LogCredentialType, v) if (v := d.get("credentialType", UNSET)).__class__ is str else v
        ),
        "external_session_id": "externalSessionId",
        "interface": "interface",
        "issuer": lambda d: (
            _log_issuer.LogIssuer.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_issuer.LogIssuer, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogAuthenticationContext._json_names),
    }

    authentication_provider: LogAuthenticationProvider | None | Unset = UNSET
    authentication_step: int | None | Unset = UNSET
    credential_provider: LogCredentialProvider | None | Unset = UNSET
    credential_type: LogCredentialType | None | Unset = UNSET
    external_session_id: str | None | Unset = UNSET
    interface: str | None | Unset = UNSET
    issuer: LogIssuer | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_provider is not UNSET:
            d["authenticationProvider"] = self.authentication_provider
        if self.authentication_step is not UNSET and not omit_read_only:
            d["authenticationStep"] = self.authentication_step
        if self.credential_provider is not UNSET:
            d["credentialProvider"] = self.credential_provider
        if self.credential_type is not UNSET:
            d["credentialType"] = self.credential_type
        if self.external_session_id is not UNSET and not omit_read_only:
            d["externalSessionId"] = self.external_session_id
        if self.interface is not UNSET and not omit_read_only:
            d["interface"] = self.interface
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authentication_provider = (
            _convert.parse_enum(LogAuthenticationProvider, v)
            if (v := d.pop("authenticationProvider", UNSET)).__class__ is str
            else v
        )
        obj.authentication_step = d.pop("authenticationStep", UNSET)
        obj.credential_provider = (
            _convert.parse_enum(LogCredentialProvider, v)
            if (v := d.pop("credentialProvider", UNSET)).__class__ is str
            else v
        )
        obj.credential_type = (
            _convert.parse_enum(LogCredentialType, v) if (v := d.pop("credentialType", UNSET)).__class__ is str else v
        )
        obj.external_session_id = d.pop("externalSessionId", UNSET)
        obj.interface = d.pop("interface", UNSET)
        obj.issuer = (
            _log_issuer.LogIssuer.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_issuer.LogIssuer, v)
        )
        obj.additional_properties = d
        return obj
