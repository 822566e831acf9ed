from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .behavior_rule_settings_history_based import BehaviorRuleSettingsHistoryBased

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class BehaviorRuleSettingsAnomalousASN(BehaviorRuleSettingsHistoryBased):
    """An Okta `BehaviorRuleSettingsAnomalousASN`.

    Attributes:
        max_events_used_for_evaluation (`maxEventsUsedForEvaluation`): int
        min_events_needed_for_evaluation (`minEventsNeededForEvaluation`): int
    """

    _json_names: ClassVar[dict[str, str]] = {
        "maxEventsUsedForEvaluation": "max_events_used_for_evaluation",
        "minEventsNeededForEvaluation": "min_events_needed_for_evaluation",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "max_events_used_for_evaluation": "int",
        "min_events_needed_for_evaluation": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "max_events_used_for_evaluation": "maxEventsUsedForEvaluation",
        "min_events_needed_for_evaluation": "minEventsNeededForEvaluation",
        "additional_properties": lambda d: _convert.undeclared(d, BehaviorRuleSettingsAnomalousASN._json_names),
    }

    max_events_used_for_evaluation: int | None | Unset = UNSET
    min_events_needed_for_evaluation: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.max_events_used_for_evaluation is not UNSET:
            d["maxEventsUsedForEvaluation"] = self.max_events_used_for_evaluation
        if self.min_events_needed_for_evaluation is not UNSET:
            d["minEventsNeededForEvaluation"] = self.min_events_needed_for_evaluation
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.max_events_used_for_evaluation = d.pop("maxEventsUsedForEvaluation", UNSET)
        obj.min_events_needed_for_evaluation = d.pop("minEventsNeededForEvaluation", UNSET)
        obj.additional_properties = d
        return obj
