from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authorization_server_policy_conditions as _authorization_server_policy_conditions
from . import authorization_server_policy_links as _authorization_server_policy_links
from .authorization_server_policy_status import AuthorizationServerPolicyStatus
from .authorization_server_policy_type import AuthorizationServerPolicyType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authorization_server_policy_conditions import AuthorizationServerPolicyConditions
    from .authorization_server_policy_links import AuthorizationServerPolicyLinks


@_attrs_define(kw_only=True)
class AuthorizationServerPolicy(OktaModel):
    """An Okta `AuthorizationServerPolicy`.

    Attributes:
        id: ID of the Policy
        type_ (`type`): Indicates that the Policy is an authorization server Policy
        name: Name of the Policy
        conditions: AuthorizationServerPolicyConditions
        description: Description of the Policy
        priority: Specifies the order in which this Policy is evaluated in relation to the other Policies in
            a custom authorization server
        status: Specifies whether requests have access to this Policy
        system: Specifies whether Okta created this Policy
        created (read-only, never sent): Timestamp when the Policy was created
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the Policy was last updated
        field_links (`_links`): AuthorizationServerPolicyLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "name": "name",
        "conditions": "conditions",
        "description": "description",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "created": "created",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "type_": "enum",
        "name": "str",
        "conditions": "model",
        "description": "str",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "created": "datetime",
        "last_updated": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "type_": lambda d: (
            _convert.parse_enum(AuthorizationServerPolicyType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "conditions": lambda d: (
            _authorization_server_policy_conditions.AuthorizationServerPolicyConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_policy_conditions.AuthorizationServerPolicyConditions, v)
        ),
        "description": "description",
        "priority": "priority",
        "status": lambda d: (
            _convert.parse_enum(AuthorizationServerPolicyStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "system": "system",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _authorization_server_policy_links.AuthorizationServerPolicyLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_policy_links.AuthorizationServerPolicyLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerPolicy._json_names),
    }

    id: str | None | Unset = UNSET
    type_: AuthorizationServerPolicyType | None | Unset = UNSET
    name: str | None | Unset = UNSET
    conditions: AuthorizationServerPolicyConditions | None | Unset = UNSET
    description: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: AuthorizationServerPolicyStatus | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    field_links: AuthorizationServerPolicyLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.name is not UNSET:
            d["name"] = self.name
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.status is not UNSET:
            d["status"] = self.status
        if self.system is not UNSET:
            d["system"] = self.system
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.type_ = (
            _convert.parse_enum(AuthorizationServerPolicyType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.name = d.pop("name", UNSET)
        obj.conditions = (
            _authorization_server_policy_conditions.AuthorizationServerPolicyConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_policy_conditions.AuthorizationServerPolicyConditions, v)
        )
        obj.description = d.pop("description", UNSET)
        obj.priority = d.pop("priority", UNSET)
        obj.status = (
            _convert.parse_enum(AuthorizationServerPolicyStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.system = d.pop("system", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.field_links = (
            _authorization_server_policy_links.AuthorizationServerPolicyLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_policy_links.AuthorizationServerPolicyLinks, v)
        )
        obj.additional_properties = d
        return obj
