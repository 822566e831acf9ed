from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_geographical_context as _log_geographical_context
from . import log_user_agent as _log_user_agent

if TYPE_CHECKING:
    from typing import Self

    from .log_geographical_context import LogGeographicalContext
    from .log_user_agent import LogUserAgent


def _parse_geographical_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_geographical_context.LogGeographicalContext.from_json(v)
            if lazy
            else _log_geographical_context.LogGeographicalContext.from_dict(v)
        )
    return _convert.parse_model(_log_geographical_context.LogGeographicalContext, v)


def _parse_user_agent(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_user_agent.LogUserAgent.from_json(v) if lazy else _log_user_agent.LogUserAgent.from_dict(v)
    return _convert.parse_model(_log_user_agent.LogUserAgent, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogClient(OktaModel):
    """When an event is triggered by an HTTP request, the `client` object describes the
    [client](https://datatracker.ietf.org/doc/html/rfc2616) that issues the HTTP request. For instance,
    the web browser is the client when a user accesses Okta. When this request is received and
    processed, a sign-in event is fired. When the event isn't sourced to an HTTP request, such as an
    automatic update, the `client` object field is blank.

    Attributes:
        device (read-only, never sent): Type of device that the client operates from (for example, computer)
        geographical_context (`geographicalContext`): Geographical context describes a set of geographic coordinates. In addition to containing
            latitude and longitude data, the `GeographicalContext` object also contains address data
            of postal code-level granularity. Within the `Client` object, the geographical context
            refers to the physical location of the client when it sends the request that triggers this
            event. All `Transaction` events with `type` equal to `WEB` have a geographical context
            set. `Transaction` events with `type` equal to `JOB` don't have a geographical context
            set. The geographical context data can be missing if the geographical data for a request
            can't be resolved.
        id (read-only, never sent): For OAuth requests, this is the ID of the OAuth
            [client](https://datatracker.ietf.org/doc/html/rfc6749#section-1.1) making the request.
            For SSWS token requests, this is the ID of the agent making the request.
        ip_address (`ipAddress`, read-only, never sent): IP address that the client is making its request from
        user_agent (`userAgent`): "A user agent is software (a software agent) that is acting on behalf of a user."
            ([Definition of User Agent](https://developer.mozilla.org/en-US/docs/Glossary/User_agent))

            In the Okta event data object, the `UserAgent` object provides specifications about the
            client software that makes event-triggering HTTP requests. User agent identification is
            often useful for identifying interoperability problems between servers and clients, and
            also for browser and operating system usage analytics.
        zone (read-only, never sent): The `name` of the
            [Zone](https://developer.okta.com/docs/api/openapi/okta-management/management/networkzone/#tag/NetworkZone/operation/getNetworkZone)
            that the client's location is mapped to
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
        "device": ("device", None),
        "geographical_context": ("geographicalContext", _parse_geographical_context),
        "id": ("id", None),
        "ip_address": ("ipAddress", None),
        "user_agent": ("userAgent", _parse_user_agent),
        "zone": ("zone", None),
    }

    device: str | None = _attrs_field(init=False)
    geographical_context: LogGeographicalContext | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    ip_address: str | None = _attrs_field(init=False)
    user_agent: LogUserAgent | None = _attrs_field(init=False)
    zone: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device: str | None | Unset = UNSET,
        geographical_context: LogGeographicalContext | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        user_agent: LogUserAgent | None | Unset = UNSET,
        zone: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device is not UNSET:
            _set_field(self, "device", device)
        if geographical_context is not UNSET:
            _set_field(self, "geographical_context", geographical_context)
        if id is not UNSET:
            _set_field(self, "id", id)
        if ip_address is not UNSET:
            _set_field(self, "ip_address", ip_address)
        if user_agent is not UNSET:
            _set_field(self, "user_agent", user_agent)
        if zone is not UNSET:
            _set_field(self, "zone", zone)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device", UNSET)) is not UNSET and not omit_read_only:
            d["device"] = v
        if (v := values.get("geographical_context", UNSET)) is not UNSET:
            d["geographicalContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("ip_address", UNSET)) is not UNSET and not omit_read_only:
            d["ipAddress"] = v
        if (v := values.get("user_agent", UNSET)) is not UNSET:
            d["userAgent"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("zone", UNSET)) is not UNSET and not omit_read_only:
            d["zone"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = v
        if (v := d.pop("geographicalContext", UNSET)) is not UNSET:
            obj.geographical_context = _parse_geographical_context(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("ipAddress", UNSET)) is not UNSET:
            obj.ip_address = v
        if (v := d.pop("userAgent", UNSET)) is not UNSET:
            obj.user_agent = _parse_user_agent(v, False)
        if (v := d.pop("zone", UNSET)) is not UNSET:
            obj.zone = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
