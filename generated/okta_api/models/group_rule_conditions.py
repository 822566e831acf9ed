from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_rule_expression as _group_rule_expression
from . import group_rule_people_condition as _group_rule_people_condition

if TYPE_CHECKING:
    from typing import Self

    from .group_rule_expression import GroupRuleExpression
    from .group_rule_people_condition import GroupRulePeopleCondition


@_attrs_define(kw_only=True)
class GroupRuleConditions(OktaModel):
    """Defines group rule conditions

    Attributes:
        expression: Defines Okta specific [group-rules
            expression](https://developer.okta.com/docs/reference/okta-expression-language/#expressions-in-group-rules)
        people: Defines conditions for `people` in a group rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expression": "expression",
        "people": "people",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expression": "model",
        "people": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expression": lambda d: (
            _group_rule_expression.GroupRuleExpression.from_json(v)
            if (v := d.get("expression", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_expression.GroupRuleExpression, v)
        ),
        "people": lambda d: (
            _group_rule_people_condition.GroupRulePeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_people_condition.GroupRulePeopleCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupRuleConditions._json_names),
    }

    expression: GroupRuleExpression | None | Unset = UNSET
    people: GroupRulePeopleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expression is not UNSET:
            d["expression"] = _convert.dump_model(self.expression, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expression = (
            _group_rule_expression.GroupRuleExpression.from_dict(v)
            if (v := d.pop("expression", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_expression.GroupRuleExpression, v)
        )
        obj.people = (
            _group_rule_people_condition.GroupRulePeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_people_condition.GroupRulePeopleCondition, v)
        )
        obj.additional_properties = d
        return obj
