from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import policy_links as _policy_links
from .lifecycle_status import LifecycleStatus
from .policy import Policy
from .policy_type import PolicyType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .policy_links import PolicyLinks


@_attrs_define(kw_only=True)
class IdentityClaimSourcingPolicy(Policy):
    """An Okta `IdentityClaimSourcingPolicy`.

    Attributes:
        name: Name of the policy
        type_ (`type`): All Okta orgs contain only one IdP discovery policy with an immutable default rule routing
            to your org's sign-in page. All Okta orgs also contain just one entity risk policy, one
            session protection policy, and one identity claims sourcing policy.
        created (read-only, never sent): Timestamp when the policy was created
        description: Description of the policy
        id (read-only, never sent): Identifier of the policy
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the policy was last modified
        priority: Specifies the order in which this policy is evaluated in relation to the other policies
        status: LifecycleStatus
        system: Specifies whether Okta created the policy
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): PolicyLinks
        conditions: Policy conditions aren't supported for this policy type.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "created": "created",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "_embedded": "field_embedded",
        "_links": "field_links",
        "conditions": "conditions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
        "created": "datetime",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "field_embedded": "dict",
        "field_links": "model",
        "conditions": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "type_": lambda d: _convert.parse_enum(PolicyType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "priority": "priority",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "system": "system",
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _policy_links.PolicyLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_links.PolicyLinks, v)
        ),
        "conditions": "conditions",
        "additional_properties": lambda d: _convert.undeclared(d, IdentityClaimSourcingPolicy._json_names),
    }

    name: str | None | Unset
    type_: PolicyType | None | Unset = PolicyType("IDENTITY_CLAIM_SOURCING")
    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: PolicyLinks | None | Unset = UNSET
    conditions: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET:
            d["system"] = self.system
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = self.conditions
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.type_ = _convert.parse_enum(PolicyType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.priority = d.pop("priority", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.system = d.pop("system", UNSET)
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _policy_links.PolicyLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_links.PolicyLinks, v)
        )
        obj.conditions = d.pop("conditions", UNSET)
        obj.additional_properties = d
        return obj
