from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_rule_action as _group_rule_action
from . import group_rule_conditions as _group_rule_conditions
from .create_group_rule_request_type import CreateGroupRuleRequestType

if TYPE_CHECKING:
    from typing import Self

    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions


@_attrs_define(kw_only=True)
class CreateGroupRuleRequest(OktaModel):
    """An Okta `CreateGroupRuleRequest`.

    Attributes:
        actions: Defines which users and groups to assign
        conditions: Defines group rule conditions
        name: Name of the group rule
        type_ (`type`): CreateGroupRuleRequestType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "conditions": "conditions",
        "name": "name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actions": "model",
        "conditions": "model",
        "name": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "actions": lambda d: (
            _group_rule_action.GroupRuleAction.from_json(v)
            if (v := d.get("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_action.GroupRuleAction, v)
        ),
        "conditions": lambda d: (
            _group_rule_conditions.GroupRuleConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_conditions.GroupRuleConditions, v)
        ),
        "name": "name",
        "type_": lambda d: (
            _convert.parse_enum(CreateGroupRuleRequestType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CreateGroupRuleRequest._json_names),
    }

    actions: GroupRuleAction | None | Unset = UNSET
    conditions: GroupRuleConditions | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: CreateGroupRuleRequestType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.actions is not UNSET:
            d["actions"] = _convert.dump_model(self.actions, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.actions = (
            _group_rule_action.GroupRuleAction.from_dict(v)
            if (v := d.pop("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_action.GroupRuleAction, v)
        )
        obj.conditions = (
            _group_rule_conditions.GroupRuleConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_conditions.GroupRuleConditions, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.type_ = (
            _convert.parse_enum(CreateGroupRuleRequestType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
