from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_rule_group_assignment as _group_rule_group_assignment

if TYPE_CHECKING:
    from typing import Self

    from .group_rule_group_assignment import GroupRuleGroupAssignment


@_attrs_define(kw_only=True)
class GroupRuleAction(OktaModel):
    """Defines which users and groups to assign

    Attributes:
        assign_user_to_groups (`assignUserToGroups`): Contains the `groupIds` array
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assignUserToGroups": "assign_user_to_groups",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assign_user_to_groups": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assign_user_to_groups": lambda d: (
            _group_rule_group_assignment.GroupRuleGroupAssignment.from_json(v)
            if (v := d.get("assignUserToGroups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_group_assignment.GroupRuleGroupAssignment, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupRuleAction._json_names),
    }

    assign_user_to_groups: GroupRuleGroupAssignment | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.assign_user_to_groups is not UNSET:
            d["assignUserToGroups"] = _convert.dump_model(self.assign_user_to_groups, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.assign_user_to_groups = (
            _group_rule_group_assignment.GroupRuleGroupAssignment.from_dict(v)
            if (v := d.pop("assignUserToGroups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_group_assignment.GroupRuleGroupAssignment, v)
        )
        obj.additional_properties = d
        return obj
