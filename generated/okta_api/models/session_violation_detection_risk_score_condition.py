from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .session_violation_detection_risk_score_condition_min_risk_level import (
    SessionViolationDetectionRiskScoreConditionMinRiskLevel,
)

if TYPE_CHECKING:
    from typing import Self


_parse_min_risk_level = _convert.enum_parser(SessionViolationDetectionRiskScoreConditionMinRiskLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "min_risk_level": ("minRiskLevel", _parse_min_risk_level),
    }

    min_risk_level: SessionViolationDetectionRiskScoreConditionMinRiskLevel | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        min_risk_level: SessionViolationDetectionRiskScoreConditionMinRiskLevel | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if min_risk_level is not UNSET:
            _set_field(self, "min_risk_level", min_risk_level)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("min_risk_level", UNSET)) is not UNSET:
            d["minRiskLevel"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("minRiskLevel", UNSET)) is not UNSET:
            obj.min_risk_level = _parse_min_risk_level(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
