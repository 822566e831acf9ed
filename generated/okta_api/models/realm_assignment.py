from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_actions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _actions.Actions.from_json(v) if lazy else _actions.Actions.from_dict(v)
    return _convert.parse_model(_actions.Actions, v)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _conditions.Conditions.from_json(v) if lazy else _conditions.Conditions.from_dict(v)
    return _convert.parse_model(_conditions.Conditions, v)


_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "actions": ("actions", _parse_actions),
        "conditions": ("conditions", _parse_conditions),
        "created": ("created", _convert.parse_datetime),
        "domains": ("domains", None),
        "id": ("id", None),
        "is_default": ("isDefault", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "priority": ("priority", None),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    actions: Actions | None = _attrs_field(init=False)
    conditions: Conditions | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    domains: list[str] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    is_default: bool | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        actions: Actions | None | Unset = UNSET,
        conditions: Conditions | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        domains: list[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if created is not UNSET:
            _set_field(self, "created", created)
        if domains is not UNSET:
            _set_field(self, "domains", domains)
        if id is not UNSET:
            _set_field(self, "id", id)
        if is_default is not UNSET:
            _set_field(self, "is_default", is_default)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
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
        if (v := values.get("domains", UNSET)) is not UNSET:
            d["domains"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("is_default", UNSET)) is not UNSET and not omit_read_only:
            d["isDefault"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("domains", UNSET)) is not UNSET:
            obj.domains = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("isDefault", UNSET)) is not UNSET:
            obj.is_default = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
