from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogGeolocation(OktaModel):
    """The latitude and longitude of the geolocation where an action was performed. The object is formatted
    according to the [ISO 6709](https://www.iso.org/obp/ui/fr/#iso:std:iso:6709:ed-3:v1:en) standard.

    Attributes:
        lat (read-only, never sent): Latitude which uses two digits for the [integer
            part](https://www.iso.org/obp/ui/fr/#iso:std:iso:6709:ed-3:v1:en#Latitude)
        lon (read-only, never sent): Longitude which uses three digits for the [integer
            part](https://www.iso.org/obp/ui/fr/#iso:std:iso:6709:ed-3:v1:en#Longitude)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "lat": "lat",
        "lon": "lon",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "lat": "float",
        "lon": "float",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "lat": "lat",
        "lon": "lon",
        "additional_properties": lambda d: _convert.undeclared(d, LogGeolocation._json_names),
    }

    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.lat is not UNSET and not omit_read_only:
            d["lat"] = self.lat
        if self.lon is not UNSET and not omit_read_only:
            d["lon"] = self.lon
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.lat = d.pop("lat", UNSET)
        obj.lon = d.pop("lon", UNSET)
        obj.additional_properties = d
        return obj
