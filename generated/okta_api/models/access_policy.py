from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import policy_rule_conditions as _policy_rule_conditions
from .policy import Policy
from .policy_status import PolicyStatus
from .policy_type import PolicyType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .policy_rule_conditions import PolicyRuleConditions


@_attrs_define(kw_only=True)
class AccessPolicy(Policy):
    """An Okta `AccessPolicy`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        conditions: PolicyRuleConditions
        created (read-only, never sent): datetime.datetime
        description: str
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: str
        priority: int
        status: PolicyStatus
        system: bool
        type_ (`type`): PolicyType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "conditions": "conditions",
        "created": "created",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "conditions": "model",
        "created": "datetime",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "conditions": lambda d: (
            _policy_rule_conditions.PolicyRuleConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_conditions.PolicyRuleConditions, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "priority": "priority",
        "status": lambda d: (
            _convert.parse_enum(PolicyStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "type_": lambda d: _convert.parse_enum(PolicyType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicy._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    conditions: PolicyRuleConditions | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: PolicyStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    type_: PolicyType | None | Unset = PolicyType("ACCESS_POLICY")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
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
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.conditions = (
            _policy_rule_conditions.PolicyRuleConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_conditions.PolicyRuleConditions, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.priority = d.pop("priority", UNSET)
        obj.status = _convert.parse_enum(PolicyStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.type_ = _convert.parse_enum(PolicyType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
