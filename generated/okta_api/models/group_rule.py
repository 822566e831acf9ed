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
from . import group_rule_embedded as _group_rule_embedded
from .group_rule_status import GroupRuleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions
    from .group_rule_embedded import GroupRuleEmbedded


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


_parse_status = _convert.enum_parser(GroupRuleStatus)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_rule_embedded.GroupRuleEmbedded.from_json(v)
            if lazy
            else _group_rule_embedded.GroupRuleEmbedded.from_dict(v)
        )
    return _convert.parse_model(_group_rule_embedded.GroupRuleEmbedded, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "actions": ("actions", _parse_actions),
        "conditions": ("conditions", _parse_conditions),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "type_": ("type", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
    }

    actions: GroupRuleAction | None = _attrs_field(init=False)
    conditions: GroupRuleConditions | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: GroupRuleStatus | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    field_embedded: GroupRuleEmbedded | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        actions: GroupRuleAction | None | Unset = UNSET,
        conditions: GroupRuleConditions | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: GroupRuleStatus | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        field_embedded: GroupRuleEmbedded | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
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
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
