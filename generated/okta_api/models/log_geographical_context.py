from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_geolocation as _log_geolocation

if TYPE_CHECKING:
    from typing import Self

    from .log_geolocation import LogGeolocation


@_attrs_define(kw_only=True)
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
        "city": "city",
        "country": "country",
        "geolocation": lambda d: (
            _log_geolocation.LogGeolocation.from_json(v)
            if (v := d.get("geolocation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geolocation.LogGeolocation, v)
        ),
        "postal_code": "postalCode",
        "state": "state",
        "additional_properties": lambda d: _convert.undeclared(d, LogGeographicalContext._json_names),
    }

    city: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    geolocation: LogGeolocation | None | Unset = UNSET
    postal_code: str | None | Unset = UNSET
    state: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.city is not UNSET and not omit_read_only:
            d["city"] = self.city
        if self.country is not UNSET and not omit_read_only:
            d["country"] = self.country
        if self.geolocation is not UNSET:
            d["geolocation"] = _convert.dump_model(self.geolocation, omit_read_only)
        if self.postal_code is not UNSET and not omit_read_only:
            d["postalCode"] = self.postal_code
        if self.state is not UNSET and not omit_read_only:
            d["state"] = self.state
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.city = d.pop("city", UNSET)
        obj.country = d.pop("country", UNSET)
        obj.geolocation = (
            _log_geolocation.LogGeolocation.from_dict(v)
            if (v := d.pop("geolocation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_geolocation.LogGeolocation, v)
        )
        obj.postal_code = d.pop("postalCode", UNSET)
        obj.state = d.pop("state", UNSET)
        obj.additional_properties = d
        return obj
