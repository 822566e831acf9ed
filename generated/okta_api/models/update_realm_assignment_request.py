from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import actions as _actions
from . import conditions as _conditions

if TYPE_CHECKING:
    from typing import Self

    from .actions import Actions
    from .conditions import Conditions


@_attrs_define(kw_only=True)
class UpdateRealmAssignmentRequest(OktaModel):
    """An Okta `UpdateRealmAssignmentRequest`.

    Attributes:
        actions: Action to apply to a user
        conditions: Conditions of applying realm assignment
        name: str
        priority: The priority of the realm assignment. The lower the number, the higher the priority. This
            helps resolve conflicts between realm assignments.
            > **Note:** When you create realm assignments in bulk, realm assignment priorities must be
            unique.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "conditions": "conditions",
        "name": "name",
        "priority": "priority",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actions": "model",
        "conditions": "model",
        "name": "str",
        "priority": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "actions": lambda d: (
            _actions.Actions.from_json(v)
            if (v := d.get("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_actions.Actions, v)
        ),
        "conditions": lambda d: (
            _conditions.Conditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_conditions.Conditions, v)
        ),
        "name": "name",
        "priority": "priority",
        "additional_properties": lambda d: _convert.undeclared(d, UpdateRealmAssignmentRequest._json_names),
    }

    actions: Actions | None | Unset = UNSET
    conditions: Conditions | None | Unset = UNSET
    name: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET

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
        if self.priority is not UNSET:
            d["priority"] = self.priority
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
            _actions.Actions.from_dict(v)
            if (v := d.pop("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_actions.Actions, v)
        )
        obj.conditions = (
            _conditions.Conditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_conditions.Conditions, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.priority = d.pop("priority", UNSET)
        obj.additional_properties = d
        return obj
