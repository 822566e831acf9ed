from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import enhanced_dynamic_network_zone_asns as _enhanced_dynamic_network_zone_asns
from . import (
    enhanced_dynamic_network_zone_ip_service_categories as _enhanced_dynamic_network_zone_ip_service_categories,
)
from . import enhanced_dynamic_network_zone_locations as _enhanced_dynamic_network_zone_locations
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .network_zone import NetworkZone
from .network_zone_status import NetworkZoneStatus
from .network_zone_type import NetworkZoneType
from .network_zone_usage import NetworkZoneUsage

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .enhanced_dynamic_network_zone_asns import EnhancedDynamicNetworkZoneAsns
    from .enhanced_dynamic_network_zone_ip_service_categories import EnhancedDynamicNetworkZoneIpServiceCategories
    from .enhanced_dynamic_network_zone_locations import EnhancedDynamicNetworkZoneLocations
    from .links_self_and_lifecycle import LinksSelfAndLifecycle


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


def _parse_asns(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns.from_json(v)
            if lazy
            else _enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns.from_dict(v)
        )
    return _convert.parse_model(_enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns, v)


def _parse_locations(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations.from_json(v)
            if lazy
            else _enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations.from_dict(v)
        )
    return _convert.parse_model(_enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations, v)


def _parse_ip_service_categories(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories.from_json(
                v
            )
            if lazy
            else _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EnhancedDynamicNetworkZone(NetworkZone):
    """An Okta `EnhancedDynamicNetworkZone`.

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
        asns: The list of ASNs associated with an Enhanced Dynamic Network Zone
        locations: The list of geolocations to include or exclude for an Enhanced Dynamic Network Zone
        ip_service_categories (`ipServiceCategories`): IP services, such as a proxy or VPN, to include or exclude for an Enhanced Dynamic Network
            Zone
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
        "asns": "asns",
        "locations": "locations",
        "ipServiceCategories": "ip_service_categories",
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
        "asns": "model",
        "locations": "model",
        "ip_service_categories": "model",
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
        "asns": ("asns", _parse_asns),
        "locations": ("locations", _parse_locations),
        "ip_service_categories": ("ipServiceCategories", _parse_ip_service_categories),
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
    asns: EnhancedDynamicNetworkZoneAsns | None = _attrs_field(init=False)
    locations: EnhancedDynamicNetworkZoneLocations | None = _attrs_field(init=False)
    ip_service_categories: EnhancedDynamicNetworkZoneIpServiceCategories | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        type_: NetworkZoneType | None | Unset = NetworkZoneType("DYNAMIC_V2"),
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: NetworkZoneStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        usage: NetworkZoneUsage | None | Unset = UNSET,
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        asns: EnhancedDynamicNetworkZoneAsns | None | Unset = UNSET,
        locations: EnhancedDynamicNetworkZoneLocations | None | Unset = UNSET,
        ip_service_categories: EnhancedDynamicNetworkZoneIpServiceCategories | None | Unset = UNSET,
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
        if asns is not UNSET:
            _set_field(self, "asns", asns)
        if locations is not UNSET:
            _set_field(self, "locations", locations)
        if ip_service_categories is not UNSET:
            _set_field(self, "ip_service_categories", ip_service_categories)
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
        if (v := values.get("asns", UNSET)) is not UNSET:
            d["asns"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("locations", UNSET)) is not UNSET:
            d["locations"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("ip_service_categories", UNSET)) is not UNSET:
            d["ipServiceCategories"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("asns", UNSET)) is not UNSET:
            obj.asns = _parse_asns(v, False)
        if (v := d.pop("locations", UNSET)) is not UNSET:
            obj.locations = _parse_locations(v, False)
        if (v := d.pop("ipServiceCategories", UNSET)) is not UNSET:
            obj.ip_service_categories = _parse_ip_service_categories(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
