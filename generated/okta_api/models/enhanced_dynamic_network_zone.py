from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
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


@_attrs_define(kw_only=True)
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
        "name": "name",
        "type_": lambda d: (
            _convert.parse_enum(NetworkZoneType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(NetworkZoneStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "usage": lambda d: (
            _convert.parse_enum(NetworkZoneUsage, v) if (v := d.get("usage", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "asns": lambda d: (
            _enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns.from_json(v)
            if (v := d.get("asns", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns, v)
        ),
        "locations": lambda d: (
            _enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations.from_json(v)
            if (v := d.get("locations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations, v)
        ),
        "ip_service_categories": lambda d: (
            _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories.from_json(
                v
            )
            if (v := d.get("ipServiceCategories", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EnhancedDynamicNetworkZone._json_names),
    }

    name: str | None | Unset
    type_: NetworkZoneType | None | Unset = NetworkZoneType("DYNAMIC_V2")
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: NetworkZoneStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    usage: NetworkZoneUsage | None | Unset = UNSET
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET
    asns: EnhancedDynamicNetworkZoneAsns | None | Unset = UNSET
    locations: EnhancedDynamicNetworkZoneLocations | None | Unset = UNSET
    ip_service_categories: EnhancedDynamicNetworkZoneIpServiceCategories | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET and not omit_read_only:
            d["system"] = self.system
        if self.usage is not UNSET:
            d["usage"] = self.usage
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.asns is not UNSET:
            d["asns"] = _convert.dump_model(self.asns, omit_read_only)
        if self.locations is not UNSET:
            d["locations"] = _convert.dump_model(self.locations, omit_read_only)
        if self.ip_service_categories is not UNSET:
            d["ipServiceCategories"] = _convert.dump_model(self.ip_service_categories, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.type_ = _convert.parse_enum(NetworkZoneType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(NetworkZoneStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.usage = _convert.parse_enum(NetworkZoneUsage, v) if (v := d.pop("usage", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.asns = (
            _enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns.from_dict(v)
            if (v := d.pop("asns", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_enhanced_dynamic_network_zone_asns.EnhancedDynamicNetworkZoneAsns, v)
        )
        obj.locations = (
            _enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations.from_dict(v)
            if (v := d.pop("locations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_enhanced_dynamic_network_zone_locations.EnhancedDynamicNetworkZoneLocations, v)
        )
        obj.ip_service_categories = (
            _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories.from_dict(
                v
            )
            if (v := d.pop("ipServiceCategories", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _enhanced_dynamic_network_zone_ip_service_categories.EnhancedDynamicNetworkZoneIpServiceCategories, v
            )
        )
        obj.additional_properties = d
        return obj
