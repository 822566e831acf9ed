from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from . import network_zone_address as _network_zone_address
from .network_zone import NetworkZone
from .network_zone_status import NetworkZoneStatus
from .network_zone_type import NetworkZoneType
from .network_zone_usage import NetworkZoneUsage

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle
    from .network_zone_address import NetworkZoneAddress


_parse_type_ = _convert.enum_parser(NetworkZoneType)

_parse_status = _convert.enum_parser(NetworkZoneStatus)

_parse_usage = _convert.enum_parser(NetworkZoneUsage)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if lazy
            else _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)


def _parse_gateways(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _network_zone_address.NetworkZoneAddress.from_json
        if lazy
        else _network_zone_address.NetworkZoneAddress.from_dict,
        v,
    )


def _parse_proxies(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _network_zone_address.NetworkZoneAddress.from_json
        if lazy
        else _network_zone_address.NetworkZoneAddress.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IPNetworkZone(NetworkZone):
    """An Okta `IPNetworkZone`.

    Attributes:
        name: Unique name for this Network Zone
        type_ (`type`): The type of Network Zone
        created (read-only, never sent): Timestamp when the object was created
        id (read-only, never sent): Unique identifier for the Network Zone
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last modified
        status: Network Zone status
        system (read-only, never sent): Indicates a system Network Zone:
            * `true` for system Network Zones
            * `false` for custom Network Zones

            The Okta org provides the following default system Network Zones:
            * `LegacyIpZone`
            * `BlockedIpZone`
            * `DefaultEnhancedDynamicZone`
            * `DefaultExemptIpZone`

            Admins can modify the name of the default system Network Zone and add up to 5000 gateway
            or proxy IP entries.
        usage: The usage of the Network Zone
        field_links (`_links`): LinksSelfAndLifecycle
        use_as_exempt_list (`useAsExemptList`): You can **only** use this parameter when making a request to the Replace the network zone
            endpoint (`/api/v1/zones/{zoneId}`).
            Set this parameter to `true` in your request when you update the `DefaultExemptIpZone` to
            allow IPs through the blocklist.
        gateways: The IP addresses (range or CIDR form) for an IP Network Zone.
            The maximum array length is 150 entries for admin-created IP zones, 1000 entries for IP
            blocklist zones, and 5000 entries for the default system IP Zone.
        proxies: The IP addresses (range or CIDR form) that are allowed to forward a request from gateway
            addresses for an IP Network Zone.
            These proxies are automatically trusted by Threat Insights and used to identify the client
            IP of a request.
            The maximum array length is 150 entries for admin-created zones and 5000 entries for the
            default system IP Zone.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
        "system": "system",
        "usage": "usage",
        "_links": "field_links",
        "useAsExemptList": "use_as_exempt_list",
        "gateways": "gateways",
        "proxies": "proxies",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "status": "enum",
        "system": "bool",
        "usage": "enum",
        "field_links": "model",
        "use_as_exempt_list": "bool",
        "gateways": "list:model",
        "proxies": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "usage": ("usage", _parse_usage),
        "field_links": ("_links", _parse_field_links),
        "use_as_exempt_list": ("useAsExemptList", None),
        "gateways": ("gateways", _parse_gateways),
        "proxies": ("proxies", _parse_proxies),
    }

    name: str | None = _attrs_field(init=False)
    type_: NetworkZoneType | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    status: NetworkZoneStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    usage: NetworkZoneUsage | None = _attrs_field(init=False)
    field_links: LinksSelfAndLifecycle | None = _attrs_field(init=False)
    use_as_exempt_list: bool | None = _attrs_field(init=False)
    gateways: list[NetworkZoneAddress] | None = _attrs_field(init=False)
    proxies: list[NetworkZoneAddress] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        type_: NetworkZoneType | None | Unset = NetworkZoneType("IP"),
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: NetworkZoneStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        usage: NetworkZoneUsage | None | Unset = UNSET,
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        use_as_exempt_list: bool | None | Unset = UNSET,
        gateways: list[NetworkZoneAddress] | None | Unset = UNSET,
        proxies: list[NetworkZoneAddress] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if usage is not UNSET:
            _set_field(self, "usage", usage)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if use_as_exempt_list is not UNSET:
            _set_field(self, "use_as_exempt_list", use_as_exempt_list)
        if gateways is not UNSET:
            _set_field(self, "gateways", gateways)
        if proxies is not UNSET:
            _set_field(self, "proxies", proxies)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET and not omit_read_only:
            d["system"] = v
        if (v := values.get("usage", UNSET)) is not UNSET:
            d["usage"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("use_as_exempt_list", UNSET)) is not UNSET:
            d["useAsExemptList"] = v
        if (v := values.get("gateways", UNSET)) is not UNSET:
            d["gateways"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("proxies", UNSET)) is not UNSET:
            d["proxies"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("usage", UNSET)) is not UNSET:
            obj.usage = _parse_usage(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("useAsExemptList", UNSET)) is not UNSET:
            obj.use_as_exempt_list = v
        if (v := d.pop("gateways", UNSET)) is not UNSET:
            obj.gateways = _parse_gateways(v, False)
        if (v := d.pop("proxies", UNSET)) is not UNSET:
            obj.proxies = _parse_proxies(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
