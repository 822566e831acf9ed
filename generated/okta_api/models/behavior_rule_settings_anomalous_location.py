from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .behavior_rule_settings_history_based import BehaviorRuleSettingsHistoryBased
from .location_granularity import LocationGranularity

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class BehaviorRuleSettingsAnomalousLocation(BehaviorRuleSettingsHistoryBased):
    """An Okta `BehaviorRuleSettingsAnomalousLocation`.

    Attributes:
        granularity: LocationGranularity
        max_events_used_for_evaluation (`maxEventsUsedForEvaluation`): int
        min_events_needed_for_evaluation (`minEventsNeededForEvaluation`): int
        radius_kilometers (`radiusKilometers`): Required when `granularity` is `LAT_LONG`. Radius from the provided coordinates in
            kilometers.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "granularity": "granularity",
        "maxEventsUsedForEvaluation": "max_events_used_for_evaluation",
        "minEventsNeededForEvaluation": "min_events_needed_for_evaluation",
        "radiusKilometers": "radius_kilometers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "granularity": "enum",
        "max_events_used_for_evaluation": "int",
        "min_events_needed_for_evaluation": "int",
        "radius_kilometers": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "granularity": lambda d: (
            _convert.parse_enum(LocationGranularity, v) if (v := d.get("granularity", UNSET)).__class__ is str else v
        ),
        "max_events_used_for_evaluation": "maxEventsUsedForEvaluation",
        "min_events_needed_for_evaluation": "minEventsNeededForEvaluation",
        "radius_kilometers": "radiusKilometers",
        "additional_properties": lambda d: _convert.undeclared(d, BehaviorRuleSettingsAnomalousLocation._json_names),
    }

    granularity: LocationGranularity | None | Unset
    max_events_used_for_evaluation: int | None | Unset = UNSET
    min_events_needed_for_evaluation: int | None | Unset = UNSET
    radius_kilometers: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.granularity is not UNSET:
            d["granularity"] = self.granularity
        if self.max_events_used_for_evaluation is not UNSET:
            d["maxEventsUsedForEvaluation"] = self.max_events_used_for_evaluation
        if self.min_events_needed_for_evaluation is not UNSET:
            d["minEventsNeededForEvaluation"] = self.min_events_needed_for_evaluation
        if self.radius_kilometers is not UNSET:
            d["radiusKilometers"] = self.radius_kilometers
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.granularity = (
            _convert.parse_enum(LocationGranularity, v) if (v := d.pop("granularity", UNSET)).__class__ is str else v
        )
        obj.max_events_used_for_evaluation = d.pop("maxEventsUsedForEvaluation", UNSET)
        obj.min_events_needed_for_evaluation = d.pop("minEventsNeededForEvaluation", UNSET)
        obj.radius_kilometers = d.pop("radiusKilometers", UNSET)
        obj.additional_properties = d
        return obj
