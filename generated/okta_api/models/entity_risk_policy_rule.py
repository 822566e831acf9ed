from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import entity_risk_policy_rule_actions as _entity_risk_policy_rule_actions
from . import entity_risk_policy_rule_conditions as _entity_risk_policy_rule_conditions
from . import policy_links as _policy_links
from .lifecycle_status import LifecycleStatus
from .policy_rule import PolicyRule
from .policy_rule_type import PolicyRuleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .entity_risk_policy_rule_actions import EntityRiskPolicyRuleActions
    from .entity_risk_policy_rule_conditions import EntityRiskPolicyRuleConditions
    from .policy_links import PolicyLinks


@_attrs_define(kw_only=True)
class EntityRiskPolicyRule(PolicyRule):
    """An Okta `EntityRiskPolicyRule`.

    Attributes:
        created (read-only, never sent): Timestamp when the rule was created
        id (read-only, never sent): Identifier for the rule
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the rule was last modified
        name: Name of the rule
        priority: Priority of the rule
        status: LifecycleStatus
        system: Specifies whether Okta created the policy rule (`system=true`). You can't delete policy
            rules that have `system` set to `true`.
        type_ (`type`): Rule type
        field_links (`_links`, read-only, never sent): PolicyLinks
        actions: The action to take based on the risk event
        conditions: EntityRiskPolicyRuleConditions
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "type": "type_",
        "_links": "field_links",
        "actions": "actions",
        "conditions": "conditions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "type_": "enum",
        "field_links": "model",
        "actions": "model",
        "conditions": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "priority": "priority",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "type_": lambda d: (
            _convert.parse_enum(PolicyRuleType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _policy_links.PolicyLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_links.PolicyLinks, v)
        ),
        "actions": lambda d: (
            _entity_risk_policy_rule_actions.EntityRiskPolicyRuleActions.from_json(v)
            if (v := d.get("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_policy_rule_actions.EntityRiskPolicyRuleActions, v)
        ),
        "conditions": lambda d: (
            _entity_risk_policy_rule_conditions.EntityRiskPolicyRuleConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_policy_rule_conditions.EntityRiskPolicyRuleConditions, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntityRiskPolicyRule._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    type_: PolicyRuleType | None | Unset = PolicyRuleType("ENTITY_RISK")
    field_links: PolicyLinks | None | Unset = UNSET
    actions: EntityRiskPolicyRuleActions | None | Unset = UNSET
    conditions: EntityRiskPolicyRuleConditions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET:
            d["system"] = self.system
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.actions is not UNSET:
            d["actions"] = _convert.dump_model(self.actions, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.priority = d.pop("priority", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.type_ = _convert.parse_enum(PolicyRuleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _policy_links.PolicyLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_links.PolicyLinks, v)
        )
        obj.actions = (
            _entity_risk_policy_rule_actions.EntityRiskPolicyRuleActions.from_dict(v)
            if (v := d.pop("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_policy_rule_actions.EntityRiskPolicyRuleActions, v)
        )
        obj.conditions = (
            _entity_risk_policy_rule_conditions.EntityRiskPolicyRuleConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entity_risk_policy_rule_conditions.EntityRiskPolicyRuleConditions, v)
        )
        obj.additional_properties = d
        return obj
