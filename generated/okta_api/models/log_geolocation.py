from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "lat": ("lat", None),
        "lon": ("lon", None),
    }

    lat: float | None = _attrs_field(init=False)
    lon: float | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        lat: float | None | Unset = UNSET,
        lon: float | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if lat is not UNSET:
            _set_field(self, "lat", lat)
        if lon is not UNSET:
            _set_field(self, "lon", lon)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("lat", UNSET)) is not UNSET and not omit_read_only:
            d["lat"] = v
        if (v := values.get("lon", UNSET)) is not UNSET and not omit_read_only:
            d["lon"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("lat", UNSET)) is not UNSET:
            obj.lat = v
        if (v := d.pop("lon", UNSET)) is not UNSET:
            obj.lon = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
