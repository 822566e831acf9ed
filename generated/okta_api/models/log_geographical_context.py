from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_geolocation as _log_geolocation

if TYPE_CHECKING:
    from typing import Self

    from .log_geolocation import LogGeolocation


def _parse_geolocation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_geolocation.LogGeolocation.from_json(v) if lazy else _log_geolocation.LogGeolocation.from_dict(v)
    return _convert.parse_model(_log_geolocation.LogGeolocation, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogGeographicalContext(OktaModel):
    """Geographical context describes a set of geographic coordinates. In addition to containing latitude
    and longitude data, the `GeographicalContext` object also contains address data of postal code-level
    granularity. Within the `Client` object, the geographical context refers to the physical location of
    the client when it sends the request that triggers this event. All `Transaction` events with `type`
    equal to `WEB` have a geographical context set. `Transaction` events with `type` equal to `JOB`
    don't have a geographical context set. The geographical context data can be missing if the
    geographical data for a request can't be resolved.

    Attributes:
        city (read-only, never sent): The city that encompasses the area that contains the geolocation coordinates, if available
            (for example, Seattle, San Francisco)
        country (read-only, never sent): Full name of the country that encompasses the area that contains the geolocation
            coordinates (for example, France, Uganda)
        geolocation: The latitude and longitude of the geolocation where an action was performed. The object is
            formatted according to the [ISO
            6709](https://www.iso.org/obp/ui/fr/#iso:std:iso:6709:ed-3:v1:en) standard.
        postal_code (`postalCode`, read-only, never sent): Postal code of the area that encompasses the geolocation coordinates
        state (read-only, never sent): Full name of the state or province that encompasses the area that contains the geolocation
            coordinates (for example, Montana, Ontario)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "city": "city",
        "country": "country",
        "geolocation": "geolocation",
        "postalCode": "postal_code",
        "state": "state",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "city": "str",
        "country": "str",
        "geolocation": "model",
        "postal_code": "str",
        "state": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "city": ("city", None),
        "country": ("country", None),
        "geolocation": ("geolocation", _parse_geolocation),
        "postal_code": ("postalCode", None),
        "state": ("state", None),
    }

    city: str | None = _attrs_field(init=False)
    country: str | None = _attrs_field(init=False)
    geolocation: LogGeolocation | None = _attrs_field(init=False)
    postal_code: str | None = _attrs_field(init=False)
    state: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        geolocation: LogGeolocation | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if city is not UNSET:
            _set_field(self, "city", city)
        if country is not UNSET:
            _set_field(self, "country", country)
        if geolocation is not UNSET:
            _set_field(self, "geolocation", geolocation)
        if postal_code is not UNSET:
            _set_field(self, "postal_code", postal_code)
        if state is not UNSET:
            _set_field(self, "state", state)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("city", UNSET)) is not UNSET and not omit_read_only:
            d["city"] = v
        if (v := values.get("country", UNSET)) is not UNSET and not omit_read_only:
            d["country"] = v
        if (v := values.get("geolocation", UNSET)) is not UNSET:
            d["geolocation"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("postal_code", UNSET)) is not UNSET and not omit_read_only:
            d["postalCode"] = v
        if (v := values.get("state", UNSET)) is not UNSET and not omit_read_only:
            d["state"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("city", UNSET)) is not UNSET:
            obj.city = v
        if (v := d.pop("country", UNSET)) is not UNSET:
            obj.country = v
        if (v := d.pop("geolocation", UNSET)) is not UNSET:
            obj.geolocation = _parse_geolocation(v, False)
        if (v := d.pop("postalCode", UNSET)) is not UNSET:
            obj.postal_code = v
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
