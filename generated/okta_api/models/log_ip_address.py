from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_geographical_context as _log_geographical_context
from . import log_ip_details as _log_ip_details

if TYPE_CHECKING:
    from typing import Self

    from .log_geographical_context import LogGeographicalContext
    from .log_ip_details import LogIpDetails


@_attrs_define(kw_only=True)
class LogIpAddress(OktaModel):
    """An Okta `LogIpAddress`.

    Attributes:
        geographical_context (`geographicalContext`): Geographical context describes a set of geographic coordinates. In addition to containing
            latitude and longitude data, the `GeographicalContext` object also contains address data
            of postal code-level granularity. Within the `Client` object, the geographical context
            refers to the physical location of the client when it sends the request that triggers this
            event. All `Transaction` events with `type` equal to `WEB` have a geographical context
            set. `Transaction` events with `type` equal to `JOB` don't have a geographical context
            set. The geographical context data can be missing if the geographical data for a request
            can't be resolved.
        ip (read-only, never sent): IP address
        ip_details (`ipDetails`, read-only, never sent): Details about the associated IP address
        source (read-only, never sent): Details regarding the source
        version (read-only, never sent): IP address version
    """

    _json_names: ClassVar[dict[str, str]] = {
        "geographicalContext": "geographical_context",
        "ip": "ip",
        "ipDetails": "ip_details",
        "source": "source",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "geographical_context": "model",
        "ip": "str",
        "ip_details": "model",
        "source": "str",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "geographical_context": lambda d: (
            _log_geographical_context.LogGeographicalContext.from_json(v)
            if (v := d.get("geographicalContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)
        ),
        "ip": "ip",
        "ip_details": lambda d: (
            _log_ip_details.LogIpDetails.from_json(v)
            if (v := d.get("ipDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_ip_details.LogIpDetails, v)
        ),
        "source": "source",
        "version": "version",
        "additional_properties": lambda d: _convert.undeclared(d, LogIpAddress._json_names),
    }

    geographical_context: LogGeographicalContext | None | Unset = UNSET
    ip: str | None | Unset = UNSET
    ip_details: LogIpDetails | None | Unset = UNSET
    source: str | None | Unset = UNSET
    version: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.geographical_context is not UNSET:
            d["geographicalContext"] = _convert.dump_model(self.geographical_context, omit_read_only)
        if self.ip is not UNSET and not omit_read_only:
            d["ip"] = self.ip
        if self.ip_details is not UNSET and not omit_read_only:
            d["ipDetails"] = _convert.dump_model(self.ip_details, omit_read_only)
        if self.source is not UNSET and not omit_read_only:
            d["source"] = self.source
        if self.version is not UNSET and not omit_read_only:
            d["version"] = self.version
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.geographical_context = (
            _log_geographical_context.LogGeographicalContext.from_dict(v)
            if (v := d.pop("geographicalContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)
        )
        obj.ip = d.pop("ip", UNSET)
        obj.ip_details = (
            _log_ip_details.LogIpDetails.from_dict(v)
            if (v := d.pop("ipDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_ip_details.LogIpDetails, v)
        )
        obj.source = d.pop("source", UNSET)
        obj.version = d.pop("version", UNSET)
        obj.additional_properties = d
        return obj
