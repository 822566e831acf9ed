from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import entity_risk_score_policy_rule_condition as _entity_risk_score_policy_rule_condition
from . import policy_people_condition as _policy_people_condition
from . import risk_detection_types_policy_rule_condition as _risk_detection_types_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .entity_risk_score_policy_rule_condition import EntityRiskScorePolicyRuleCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .risk_detection_types_policy_rule_condition import RiskDetectionTypesPolicyRuleCondition


def _parse_entity_risk(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition.from_json(v)
            if lazy
            else _entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition, v)


def _parse_people(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if lazy
            else _policy_people_condition.PolicyPeopleCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)


def _parse_risk_detection_types(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition.from_json(v)
            if lazy
            else _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EntityRiskPolicyRuleConditions(OktaModel):
    """An Okta `EntityRiskPolicyRuleConditions`.

    Attributes:
        entity_risk (`entityRisk`): <x-lifecycle class="oie"></x-lifecycle> The risk score level of the entity risk policy
            rule
        people: Specifies the users and groups that are included or excluded by the policy rule
        risk_detection_types (`riskDetectionTypes`): <x-lifecycle class="oie"></x-lifecycle> An object that references detected risk events.
            This object can have an `include` parameter or an `exclude` parameter, but not both.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entityRisk": "entity_risk",
        "people": "people",
        "riskDetectionTypes": "risk_detection_types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entity_risk": "model",
        "people": "model",
        "risk_detection_types": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entity_risk": ("entityRisk", _parse_entity_risk),
        "people": ("people", _parse_people),
        "risk_detection_types": ("riskDetectionTypes", _parse_risk_detection_types),
    }

    entity_risk: EntityRiskScorePolicyRuleCondition | None = _attrs_field(init=False)
    people: PolicyPeopleCondition | None = _attrs_field(init=False)
    risk_detection_types: RiskDetectionTypesPolicyRuleCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        entity_risk: EntityRiskScorePolicyRuleCondition | None | Unset = UNSET,
        people: PolicyPeopleCondition | None | Unset = UNSET,
        risk_detection_types: RiskDetectionTypesPolicyRuleCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if entity_risk is not UNSET:
            _set_field(self, "entity_risk", entity_risk)
        if people is not UNSET:
            _set_field(self, "people", people)
        if risk_detection_types is not UNSET:
            _set_field(self, "risk_detection_types", risk_detection_types)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("entity_risk", UNSET)) is not UNSET:
            d["entityRisk"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("people", UNSET)) is not UNSET:
            d["people"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk_detection_types", UNSET)) is not UNSET:
            d["riskDetectionTypes"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("entityRisk", UNSET)) is not UNSET:
            obj.entity_risk = _parse_entity_risk(v, False)
        if (v := d.pop("people", UNSET)) is not UNSET:
            obj.people = _parse_people(v, False)
        if (v := d.pop("riskDetectionTypes", UNSET)) is not UNSET:
            obj.risk_detection_types = _parse_risk_detection_types(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
