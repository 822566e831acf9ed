from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_geographical_context as _log_geographical_context
from . import log_ip_details as _log_ip_details

if TYPE_CHECKING:
    from typing import Self

    from .log_geographical_context import LogGeographicalContext
    from .log_ip_details import LogIpDetails


def _parse_geographical_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_geographical_context.LogGeographicalContext.from_json(v)
            if lazy
            else _log_geographical_context.LogGeographicalContext.from_dict(v)
        )
    return _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)


def _parse_ip_details(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_ip_details.LogIpDetails.from_json(v) if lazy else _log_ip_details.LogIpDetails.from_dict(v)
    return _convert.parse_model(_log_ip_details.LogIpDetails, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "geographical_context": ("geographicalContext", _parse_geographical_context),
        "ip": ("ip", None),
        "ip_details": ("ipDetails", _parse_ip_details),
        "source": ("source", None),
        "version": ("version", None),
    }

    geographical_context: LogGeographicalContext | None = _attrs_field(init=False)
    ip: str | None = _attrs_field(init=False)
    ip_details: LogIpDetails | None = _attrs_field(init=False)
    source: str | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        geographical_context: LogGeographicalContext | None | Unset = UNSET,
        ip: str | None | Unset = UNSET,
        ip_details: LogIpDetails | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if geographical_context is not UNSET:
            _set_field(self, "geographical_context", geographical_context)
        if ip is not UNSET:
            _set_field(self, "ip", ip)
        if ip_details is not UNSET:
            _set_field(self, "ip_details", ip_details)
        if source is not UNSET:
            _set_field(self, "source", source)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("geographical_context", UNSET)) is not UNSET:
            d["geographicalContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("ip", UNSET)) is not UNSET and not omit_read_only:
            d["ip"] = v
        if (v := values.get("ip_details", UNSET)) is not UNSET and not omit_read_only:
            d["ipDetails"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("source", UNSET)) is not UNSET and not omit_read_only:
            d["source"] = v
        if (v := values.get("version", UNSET)) is not UNSET and not omit_read_only:
            d["version"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("geographicalContext", UNSET)) is not UNSET:
            obj.geographical_context = _parse_geographical_context(v, False)
        if (v := d.pop("ip", UNSET)) is not UNSET:
            obj.ip = v
        if (v := d.pop("ipDetails", UNSET)) is not UNSET:
            obj.ip_details = _parse_ip_details(v, False)
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = v
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
