from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_rule_action as _group_rule_action
from . import group_rule_conditions as _group_rule_conditions
from . import group_rule_embedded as _group_rule_embedded
from .group_rule_status import GroupRuleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions
    from .group_rule_embedded import GroupRuleEmbedded


@_attrs_define(kw_only=True)
class GroupRule(OktaModel):
    """An Okta `GroupRule`.

    Attributes:
        actions: Defines which users and groups to assign
        conditions: Defines group rule conditions
        created (read-only, never sent): Creation date for group rule
        id (read-only, never sent): ID of the group rule
        last_updated (`lastUpdated`, read-only, never sent): Date group rule was last updated
        name: Name of the group rule
        status: Status of group rule. You can't update the status of a rule from `INACTIVE` to `ACTIVE`.
            You must use the activate and deactivate lifecycle operations.
        type_ (`type`): Type to indicate a group rule operation. Only `group_rule` is allowed.
        field_embedded (`_embedded`, read-only, never sent): This object appears with embedded resources related to the group rule if you use the
            `expand` query parameter
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "conditions": "conditions",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "_embedded": "field_embedded",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actions": "model",
        "conditions": "model",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "str",
        "field_embedded": "model",
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(GroupRuleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": "type",
        "field_embedded": lambda d: (
            _group_rule_embedded.GroupRuleEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_embedded.GroupRuleEmbedded, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupRule._json_names),
    }

    actions: GroupRuleAction | None | Unset = UNSET
    conditions: GroupRuleConditions | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: GroupRuleStatus | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_embedded: GroupRuleEmbedded | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.actions is not UNSET:
            d["actions"] = _convert.dump_model(self.actions, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(GroupRuleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = d.pop("type", UNSET)
        obj.field_embedded = (
            _group_rule_embedded.GroupRuleEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_rule_embedded.GroupRuleEmbedded, v)
        )
        obj.additional_properties = d
        return obj
