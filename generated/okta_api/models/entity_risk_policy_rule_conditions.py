from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entity_risk_score_policy_rule_condition as _entity_risk_score_policy_rule_condition
from . import policy_people_condition as _policy_people_condition
from . import risk_detection_types_policy_rule_condition as _risk_detection_types_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .entity_risk_score_policy_rule_condition import EntityRiskScorePolicyRuleCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .risk_detection_types_policy_rule_condition import RiskDetectionTypesPolicyRuleCondition


@_attrs_define(kw_only=True)
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
        "entity_risk": lambda d: (
            _entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition.from_json(v)
            if (v := d.get("entityRisk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition, v)
        ),
        "people": lambda d: (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        ),
        "risk_detection_types": lambda d: (
            _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition.from_json(v)
            if (v := d.get("riskDetectionTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntityRiskPolicyRuleConditions._json_names),
    }

    entity_risk: EntityRiskScorePolicyRuleCondition | None | Unset = UNSET
    people: PolicyPeopleCondition | None | Unset = UNSET
    risk_detection_types: RiskDetectionTypesPolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entity_risk is not UNSET:
            d["entityRisk"] = _convert.dump_model(self.entity_risk, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.risk_detection_types is not UNSET:
            d["riskDetectionTypes"] = _convert.dump_model(self.risk_detection_types, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.entity_risk = (
            _entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition.from_dict(v)
            if (v := d.pop("entityRisk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_score_policy_rule_condition.EntityRiskScorePolicyRuleCondition, v)
        )
        obj.people = (
            _policy_people_condition.PolicyPeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        )
        obj.risk_detection_types = (
            _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition.from_dict(v)
            if (v := d.pop("riskDetectionTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _risk_detection_types_policy_rule_condition.RiskDetectionTypesPolicyRuleCondition, v
            )
        )
        obj.additional_properties = d
        return obj
