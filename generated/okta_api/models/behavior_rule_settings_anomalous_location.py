from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .behavior_rule_settings_history_based import BehaviorRuleSettingsHistoryBased
from .location_granularity import LocationGranularity

if TYPE_CHECKING:
    from typing import Self


_parse_granularity = _convert.enum_parser(LocationGranularity)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "granularity": ("granularity", _parse_granularity),
        "max_events_used_for_evaluation": ("maxEventsUsedForEvaluation", None),
        "min_events_needed_for_evaluation": ("minEventsNeededForEvaluation", None),
        "radius_kilometers": ("radiusKilometers", None),
    }

    granularity: LocationGranularity | None = _attrs_field(init=False)
    max_events_used_for_evaluation: int | None = _attrs_field(init=False)
    min_events_needed_for_evaluation: int | None = _attrs_field(init=False)
    radius_kilometers: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        granularity: LocationGranularity | None | Unset,
        max_events_used_for_evaluation: int | None | Unset = UNSET,
        min_events_needed_for_evaluation: int | None | Unset = UNSET,
        radius_kilometers: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if granularity is not UNSET:
            _set_field(self, "granularity", granularity)
        if max_events_used_for_evaluation is not UNSET:
            _set_field(self, "max_events_used_for_evaluation", max_events_used_for_evaluation)
        if min_events_needed_for_evaluation is not UNSET:
            _set_field(self, "min_events_needed_for_evaluation", min_events_needed_for_evaluation)
        if radius_kilometers is not UNSET:
            _set_field(self, "radius_kilometers", radius_kilometers)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("granularity", UNSET)) is not UNSET:
            d["granularity"] = v
        if (v := values.get("max_events_used_for_evaluation", UNSET)) is not UNSET:
            d["maxEventsUsedForEvaluation"] = v
        if (v := values.get("min_events_needed_for_evaluation", UNSET)) is not UNSET:
            d["minEventsNeededForEvaluation"] = v
        if (v := values.get("radius_kilometers", UNSET)) is not UNSET:
            d["radiusKilometers"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("granularity", UNSET)) is not UNSET:
            obj.granularity = _parse_granularity(v, False)
        if (v := d.pop("maxEventsUsedForEvaluation", UNSET)) is not UNSET:
            obj.max_events_used_for_evaluation = v
        if (v := d.pop("minEventsNeededForEvaluation", UNSET)) is not UNSET:
            obj.min_events_needed_for_evaluation = v
        if (v := d.pop("radiusKilometers", UNSET)) is not UNSET:
            obj.radius_kilometers = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
