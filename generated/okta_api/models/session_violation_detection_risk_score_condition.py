from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .session_violation_detection_risk_score_condition_min_risk_level import (
    SessionViolationDetectionRiskScoreConditionMinRiskLevel,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SessionViolationDetectionRiskScoreCondition(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Specifies the
    minimum risk score level required to trigger the rule

    Attributes:
        min_risk_level (`minRiskLevel`): The minimum risk level to match.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "minRiskLevel": "min_risk_level",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "min_risk_level": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "min_risk_level": lambda d: (
            _convert.parse_enum(SessionViolationDetectionRiskScoreConditionMinRiskLevel, v)
            if (v := d.get("minRiskLevel", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SessionViolationDetectionRiskScoreCondition._json_names
        ),
    }

    min_risk_level: SessionViolationDetectionRiskScoreConditionMinRiskLevel | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.min_risk_level is not UNSET:
            d["minRiskLevel"] = self.min_risk_level
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.min_risk_level = (
            _convert.parse_enum(SessionViolationDetectionRiskScoreConditionMinRiskLevel, v)
            if (v := d.pop("minRiskLevel", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
