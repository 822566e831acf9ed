from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import network_zone_address as _network_zone_address
from . import network_zone_location as _network_zone_location
from .network_zone_status import NetworkZoneStatus
from .network_zone_type import NetworkZoneType
from .network_zone_usage import NetworkZoneUsage

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .network_zone_address import NetworkZoneAddress
    from .network_zone_location import NetworkZoneLocation


@_attrs_define(kw_only=True)
class NetworkZone(OktaModel):
    """An Okta `NetworkZone`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        asns: list[str]
        created (read-only, never sent): datetime.datetime
        gateways: list[NetworkZoneAddress]
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        locations: list[NetworkZoneLocation]
        name: str
        proxies: list[NetworkZoneAddress]
        proxy_type (`proxyType`): str
        status: NetworkZoneStatus
        system: bool
        type_ (`type`): NetworkZoneType
        usage: NetworkZoneUsage
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "asns": "asns",
        "created": "created",
        "gateways": "gateways",
        "id": "id",
        "lastUpdated": "last_updated",
        "locations": "locations",
        "name": "name",
        "proxies": "proxies",
        "proxyType": "proxy_type",
        "status": "status",
        "system": "system",
        "type": "type_",
        "usage": "usage",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "asns": "list:str",
        "created": "datetime",
        "gateways": "list:model",
        "id": "str",
        "last_updated": "datetime",
        "locations": "list:model",
        "name": "str",
        "proxies": "list:model",
        "proxy_type": "str",
        "status": "enum",
        "system": "bool",
        "type_": "enum",
        "usage": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "asns": "asns",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "gateways": lambda d: _convert.parse_model_list(
            _network_zone_address.NetworkZoneAddress.from_json, d.get("gateways", UNSET)
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "locations": lambda d: _convert.parse_model_list(
            _network_zone_location.NetworkZoneLocation.from_json, d.get("locations", UNSET)
        ),
        "name": "name",
        "proxies": lambda d: _convert.parse_model_list(
            _network_zone_address.NetworkZoneAddress.from_json, d.get("proxies", UNSET)
        ),
        "proxy_type": "proxyType",
        "status": lambda d: (
            _convert.parse_enum(NetworkZoneStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "type_": lambda d: (
            _convert.parse_enum(NetworkZoneType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "usage": lambda d: (
            _convert.parse_enum(NetworkZoneUsage, v) if (v := d.get("usage", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, NetworkZone._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    asns: list[str] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    gateways: list[NetworkZoneAddress] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    locations: list[NetworkZoneLocation] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    proxies: list[NetworkZoneAddress] | None | Unset = UNSET
    proxy_type: str | None | Unset = UNSET
    status: NetworkZoneStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    type_: NetworkZoneType | None | Unset = UNSET
    usage: NetworkZoneUsage | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.asns is not UNSET:
            d["asns"] = self.asns
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.gateways is not UNSET:
            d["gateways"] = _convert.dump_model_list(self.gateways, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.locations is not UNSET:
            d["locations"] = _convert.dump_model_list(self.locations, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.proxies is not UNSET:
            d["proxies"] = _convert.dump_model_list(self.proxies, omit_read_only)
        if self.proxy_type is not UNSET:
            d["proxyType"] = self.proxy_type
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET:
            d["system"] = self.system
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.usage is not UNSET:
            d["usage"] = self.usage
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.asns = d.pop("asns", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.gateways = _convert.parse_model_list(
            _network_zone_address.NetworkZoneAddress.from_dict, d.pop("gateways", UNSET)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.locations = _convert.parse_model_list(
            _network_zone_location.NetworkZoneLocation.from_dict, d.pop("locations", UNSET)
        )
        obj.name = d.pop("name", UNSET)
        obj.proxies = _convert.parse_model_list(
            _network_zone_address.NetworkZoneAddress.from_dict, d.pop("proxies", UNSET)
        )
        obj.proxy_type = d.pop("proxyType", UNSET)
        obj.status = _convert.parse_enum(NetworkZoneStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.type_ = _convert.parse_enum(NetworkZoneType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.usage = _convert.parse_enum(NetworkZoneUsage, v) if (v := d.pop("usage", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
