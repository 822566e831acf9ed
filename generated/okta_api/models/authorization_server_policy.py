from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_type_ = _convert.enum_parser(AuthorizationServerPolicyType)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_policy_conditions.AuthorizationServerPolicyConditions.from_json(v)
            if lazy
            else _authorization_server_policy_conditions.AuthorizationServerPolicyConditions.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_policy_conditions.AuthorizationServerPolicyConditions, v)


_parse_status = _convert.enum_parser(AuthorizationServerPolicyStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_policy_links.AuthorizationServerPolicyLinks.from_json(v)
            if lazy
            else _authorization_server_policy_links.AuthorizationServerPolicyLinks.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_policy_links.AuthorizationServerPolicyLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "type_": ("type", _parse_type_),
        "name": ("name", None),
        "conditions": ("conditions", _parse_conditions),
        "description": ("description", None),
        "priority": ("priority", None),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "created": ("created", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    type_: AuthorizationServerPolicyType | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    conditions: AuthorizationServerPolicyConditions | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    status: AuthorizationServerPolicyStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    field_links: AuthorizationServerPolicyLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        type_: AuthorizationServerPolicyType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        conditions: AuthorizationServerPolicyConditions | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        status: AuthorizationServerPolicyStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        field_links: AuthorizationServerPolicyLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if name is not UNSET:
            _set_field(self, "name", name)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if description is not UNSET:
            _set_field(self, "description", description)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if created is not UNSET:
            _set_field(self, "created", created)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
