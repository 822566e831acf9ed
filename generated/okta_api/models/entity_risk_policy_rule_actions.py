from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entity_risk_policy_rule_actions_entity_risk as _entity_risk_policy_rule_actions_entity_risk

if TYPE_CHECKING:
    from typing import Self

    from .entity_risk_policy_rule_actions_entity_risk import EntityRiskPolicyRuleActionsEntityRisk


@_attrs_define(kw_only=True)
class EntityRiskPolicyRuleActions(OktaModel):
    """The action to take based on the risk event

    Attributes:
        entity_risk (`entityRisk`): The object that contains the `actions` array
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entityRisk": "entity_risk",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entity_risk": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entity_risk": lambda d: (
            _entity_risk_policy_rule_actions_entity_risk.EntityRiskPolicyRuleActionsEntityRisk.from_json(v)
            if (v := d.get("entityRisk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _entity_risk_policy_rule_actions_entity_risk.EntityRiskPolicyRuleActionsEntityRisk, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntityRiskPolicyRuleActions._json_names),
    }

    entity_risk: EntityRiskPolicyRuleActionsEntityRisk | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entity_risk is not UNSET:
            d["entityRisk"] = _convert.dump_model(self.entity_risk, omit_read_only)
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
            _entity_risk_policy_rule_actions_entity_risk.EntityRiskPolicyRuleActionsEntityRisk.from_dict(v)
            if (v := d.pop("entityRisk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _entity_risk_policy_rule_actions_entity_risk.EntityRiskPolicyRuleActionsEntityRisk, v
            )
        )
        obj.additional_properties = d
        return obj
