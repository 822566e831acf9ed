from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_rule_action as _group_rule_action
from . import group_rule_conditions as _group_rule_conditions
from .create_group_rule_request_type import CreateGroupRuleRequestType

if TYPE_CHECKING:
    from typing import Self

    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions


def _parse_actions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_rule_action.GroupRuleAction.from_json(v) if lazy else _group_rule_action.GroupRuleAction.from_dict(v)
        )
    return _convert.parse_model(_group_rule_action.GroupRuleAction, v)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_rule_conditions.GroupRuleConditions.from_json(v)
            if lazy
            else _group_rule_conditions.GroupRuleConditions.from_dict(v)
        )
    return _convert.parse_model(_group_rule_conditions.GroupRuleConditions, v)


_parse_type_ = _convert.enum_parser(CreateGroupRuleRequestType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "actions": ("actions", _parse_actions),
        "conditions": ("conditions", _parse_conditions),
        "name": ("name", None),
        "type_": ("type", _parse_type_),
    }

    actions: GroupRuleAction | None = _attrs_field(init=False)
    conditions: GroupRuleConditions | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    type_: CreateGroupRuleRequestType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        actions: GroupRuleAction | None | Unset = UNSET,
        conditions: GroupRuleConditions | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: CreateGroupRuleRequestType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("actions", UNSET)) is not UNSET:
            d["actions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
