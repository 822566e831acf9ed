from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import actions as _actions
from . import conditions as _conditions
from . import links_self as _links_self
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .actions import Actions
    from .conditions import Conditions
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class RealmAssignment(OktaModel):
    """An Okta `RealmAssignment`.

    Attributes:
        actions: Action to apply to a user
        conditions: Conditions of applying realm assignment
        created (read-only, never sent): Timestamp when the realm assignment was created
        domains: Array of allowed domains. No user in this realm can be created or updated unless they have
            a username and email from one of these domains.

            The following characters aren't allowed in the domain name: `!$%^&()=*+,:;<>'[]|/?\\`
        id (read-only, never sent): Unique ID of the realm assignment
        is_default (`isDefault`, read-only, never sent): Indicates the default realm. Existing users will start out in the default realm and can be
            moved individually to other realms.
        last_updated (`lastUpdated`, read-only, never sent): Timestamp of when the realm assignment was updated
        name: Name of the realm
        priority: The priority of the realm assignment. The lower the number, the higher the priority. This
            helps resolve conflicts between realm assignments.
            > **Note:** When you create realm assignments in bulk, realm assignment priorities must be
            unique.
        status: LifecycleStatus
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "conditions": "conditions",
        "created": "created",
        "domains": "domains",
        "id": "id",
        "isDefault": "is_default",
        "lastUpdated": "last_updated",
        "name": "name",
        "priority": "priority",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actions": "model",
        "conditions": "model",
        "created": "datetime",
        "domains": "list:str",
        "id": "str",
        "is_default": "bool",
        "last_updated": "datetime",
        "name": "str",
        "priority": "int",
        "status": "enum",
        "field_links": "model",
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "domains": "domains",
        "id": "id",
        "is_default": "isDefault",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "priority": "priority",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RealmAssignment._json_names),
    }

    actions: Actions | None | Unset = UNSET
    conditions: Conditions | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    domains: list[str] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

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
        if self.domains is not UNSET:
            d["domains"] = self.domains
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_default is not UNSET and not omit_read_only:
            d["isDefault"] = self.is_default
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.domains = d.pop("domains", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.is_default = d.pop("isDefault", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.priority = d.pop("priority", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
