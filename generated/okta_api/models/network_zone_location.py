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
class NetworkZoneLocation(OktaModel):
    """An Okta `NetworkZoneLocation`.

    Attributes:
        country: The two-character ISO 3166-1 country code.
            Don't use continent codes since they are treated as generic codes for undesignated
            countries.
            <br>For example: `US`
        region: (Optional) The ISO 3166-2 region code appended to the country code
            (`countryCode-regionCode`), or `null` if empty.
            Don't use continent codes since they are treated as generic codes for undesignated
            regions.
            <br>For example: `CA` (for `US-CA` country and region code)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "country": "country",
        "region": "region",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "country": "str",
        "region": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "country": "country",
        "region": "region",
        "additional_properties": lambda d: _convert.undeclared(d, NetworkZoneLocation._json_names),
    }

    country: str | None | Unset = UNSET
    region: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.country is not UNSET:
            d["country"] = self.country
        if self.region is not UNSET:
            d["region"] = self.region
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.country = d.pop("country", UNSET)
        obj.region = d.pop("region", UNSET)
        obj.additional_properties = d
        return obj
