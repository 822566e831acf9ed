from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import authorization_server_policy_rule_actions as _authorization_server_policy_rule_actions
from . import authorization_server_policy_rule_conditions as _authorization_server_policy_rule_conditions
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .authorization_server_policy_rule import AuthorizationServerPolicyRule
from .authorization_server_policy_rule_status import AuthorizationServerPolicyRuleStatus
from .authorization_server_policy_rule_type import AuthorizationServerPolicyRuleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authorization_server_policy_rule_actions import AuthorizationServerPolicyRuleActions
    from .authorization_server_policy_rule_conditions import AuthorizationServerPolicyRuleConditions
    from .links_self_and_lifecycle import LinksSelfAndLifecycle


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_policy_rule_conditions.AuthorizationServerPolicyRuleConditions.from_json(v)
            if lazy
            else _authorization_server_policy_rule_conditions.AuthorizationServerPolicyRuleConditions.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_policy_rule_conditions.AuthorizationServerPolicyRuleConditions, v)


_parse_type_ = _convert.enum_parser(AuthorizationServerPolicyRuleType)


def _parse_actions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_policy_rule_actions.AuthorizationServerPolicyRuleActions.from_json(v)
            if lazy
            else _authorization_server_policy_rule_actions.AuthorizationServerPolicyRuleActions.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_policy_rule_actions.AuthorizationServerPolicyRuleActions, v)


_parse_status = _convert.enum_parser(AuthorizationServerPolicyRuleStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if lazy
            else _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthorizationServerPolicyRuleRequest(AuthorizationServerPolicyRule):
    """An Okta `AuthorizationServerPolicyRuleRequest`.

    Attributes:
        conditions: AuthorizationServerPolicyRuleConditions
        name: Name of the rule
        type_ (`type`): AuthorizationServerPolicyRuleType
        actions: AuthorizationServerPolicyRuleActions
        created (read-only, never sent): Timestamp when the rule was created
        id (read-only, never sent): Identifier of the rule
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the rule was last modified
        priority: Priority of the rule
        status: AuthorizationServerPolicyRuleStatus
        system: Set to `true` for system rules. You can't delete system rules.
        field_links (`_links`): LinksSelfAndLifecycle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "name": "name",
        "type": "type_",
        "actions": "actions",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "model",
        "name": "str",
        "type_": "enum",
        "actions": "model",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": ("conditions", _parse_conditions),
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "actions": ("actions", _parse_actions),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "priority": ("priority", None),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "field_links": ("_links", _parse_field_links),
    }

    conditions: AuthorizationServerPolicyRuleConditions | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    type_: AuthorizationServerPolicyRuleType | None = _attrs_field(init=False)
    actions: AuthorizationServerPolicyRuleActions | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    status: AuthorizationServerPolicyRuleStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    field_links: LinksSelfAndLifecycle | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: AuthorizationServerPolicyRuleConditions | None | Unset,
        name: str | None | Unset,
        type_: AuthorizationServerPolicyRuleType | None | Unset,
        actions: AuthorizationServerPolicyRuleActions | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        status: AuthorizationServerPolicyRuleStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("actions", UNSET)) is not UNSET:
            d["actions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
