from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_geographical_context as _log_geographical_context
from . import log_user_agent as _log_user_agent

if TYPE_CHECKING:
    from typing import Self

    from .log_geographical_context import LogGeographicalContext
    from .log_user_agent import LogUserAgent


@_attrs_define(kw_only=True)
class LogClient(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0850>

    Attributes:
        device (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9bdd0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f9bf90>
        geographical_context (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0050>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa4e50>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0150>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa02d0>
        ip_address (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0350>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa04d0>
        user_agent (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0550>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca6d0>
        zone (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa0650>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fa07d0>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "device": "device",
        "geographicalContext": "geographical_context",
        "id": "id",
        "ipAddress": "ip_address",
        "userAgent": "user_agent",
        "zone": "zone",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device": "str",
        "geographical_context": "model",
        "id": "str",
        "ip_address": "str",
        "user_agent": "model",
        "zone": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device": "device",
        "geographical_context": lambda d: (
            _log_geographical_context.LogGeographicalContext.from_json(v)
            if (v := d.get("geographicalContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)
        ),
        "id": "id",
        "ip_address": "ipAddress",
        "user_agent": lambda d: (
            _log_user_agent.LogUserAgent.from_json(v)
            if (v := d.get("userAgent", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_user_agent.LogUserAgent, v)
        ),
        "zone": "zone",
        "additional_properties": lambda d: _convert.undeclared(d, LogClient._json_names),
    }

    device: str | None | Unset = UNSET
    geographical_context: LogGeographicalContext | None | Unset = UNSET
    id: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    user_agent: LogUserAgent | None | Unset = UNSET
    zone: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device is not UNSET and not omit_read_only:
            d["device"] = self.device
        if self.geographical_context is not UNSET:
            d["geographicalContext"] = _convert.dump_model(self.geographical_context, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.ip_address is not UNSET and not omit_read_only:
            d["ipAddress"] = self.ip_address
        if self.user_agent is not UNSET:
            d["userAgent"] = _convert.dump_model(self.user_agent, omit_read_only)
        if self.zone is not UNSET and not omit_read_only:
            d["zone"] = self.zone
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device = d.pop("device", UNSET)
        obj.geographical_context = (
            _log_geographical_context.LogGeographicalContext.from_dict(v)
            if (v := d.pop("geographicalContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.ip_address = d.pop("ipAddress", UNSET)
        obj.user_agent = (
            _log_user_agent.LogUserAgent.from_dict(v)
            if (v := d.pop("userAgent", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_user_agent.LogUserAgent, v)
        )
        obj.zone = d.pop("zone", UNSET)
        obj.additional_properties = d
        return obj
