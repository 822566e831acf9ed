from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import agent as _agent
from . import auto_update_schedule as _auto_update_schedule
from . import links_self as _links_self
from .agent_type import AgentType
from .agent_update_job_status import AgentUpdateJobStatus

if TYPE_CHECKING:
    from typing import Self

    from .agent import Agent
    from .auto_update_schedule import AutoUpdateSchedule
    from .links_self import LinksSelf


def _parse_agents(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_agent.Agent.from_json if lazy else _agent.Agent.from_dict, v)


_parse_agent_type = _convert.enum_parser(AgentType)


def _parse_schedule(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _auto_update_schedule.AutoUpdateSchedule.from_json(v)
            if lazy
            else _auto_update_schedule.AutoUpdateSchedule.from_dict(v)
        )
    return _convert.parse_model(_auto_update_schedule.AutoUpdateSchedule, v)


_parse_status = _convert.enum_parser(AgentUpdateJobStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AgentPoolUpdate(OktaModel):
    """Various information about agent auto-update configuration

    Attributes:
        agents: list[Agent]
        agent_type (`agentType`): Agent types that are being monitored
        enabled: Indicates if auto-update is enabled for the agent pool
        id (read-only, never sent): ID of the agent pool update
        name: Name of the agent pool update
        notify_admin (`notifyAdmin`): Indicates if the admin is notified about the update
        reason: Reason for the update
        schedule: The schedule of auto-update configured by the admin
        sort_order (`sortOrder`): Specifies the sort order
        status: Overall state for the auto-update job from the admin perspective
        target_version (`targetVersion`): The agent version to update to
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "agents": "agents",
        "agentType": "agent_type",
        "enabled": "enabled",
        "id": "id",
        "name": "name",
        "notifyAdmin": "notify_admin",
        "reason": "reason",
        "schedule": "schedule",
        "sortOrder": "sort_order",
        "status": "status",
        "targetVersion": "target_version",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "agents": "list:model",
        "agent_type": "enum",
        "enabled": "bool",
        "id": "str",
        "name": "str",
        "notify_admin": "bool",
        "reason": "str",
        "schedule": "model",
        "sort_order": "int",
        "status": "enum",
        "target_version": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "agents": ("agents", _parse_agents),
        "agent_type": ("agentType", _parse_agent_type),
        "enabled": ("enabled", None),
        "id": ("id", None),
        "name": ("name", None),
        "notify_admin": ("notifyAdmin", None),
        "reason": ("reason", None),
        "schedule": ("schedule", _parse_schedule),
        "sort_order": ("sortOrder", None),
        "status": ("status", _parse_status),
        "target_version": ("targetVersion", None),
        "field_links": ("_links", _parse_field_links),
    }

    agents: list[Agent] | None = _attrs_field(init=False)
    agent_type: AgentType | None = _attrs_field(init=False)
    enabled: bool | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    notify_admin: bool | None = _attrs_field(init=False)
    reason: str | None = _attrs_field(init=False)
    schedule: AutoUpdateSchedule | None = _attrs_field(init=False)
    sort_order: int | None = _attrs_field(init=False)
    status: AgentUpdateJobStatus | None = _attrs_field(init=False)
    target_version: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        agents: list[Agent] | None | Unset = UNSET,
        agent_type: AgentType | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        notify_admin: bool | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        schedule: AutoUpdateSchedule | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        status: AgentUpdateJobStatus | None | Unset = UNSET,
        target_version: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if agents is not UNSET:
            _set_field(self, "agents", agents)
        if agent_type is not UNSET:
            _set_field(self, "agent_type", agent_type)
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if notify_admin is not UNSET:
            _set_field(self, "notify_admin", notify_admin)
        if reason is not UNSET:
            _set_field(self, "reason", reason)
        if schedule is not UNSET:
            _set_field(self, "schedule", schedule)
        if sort_order is not UNSET:
            _set_field(self, "sort_order", sort_order)
        if status is not UNSET:
            _set_field(self, "status", status)
        if target_version is not UNSET:
            _set_field(self, "target_version", target_version)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("agents", UNSET)) is not UNSET:
            d["agents"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("agent_type", UNSET)) is not UNSET:
            d["agentType"] = v
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("notify_admin", UNSET)) is not UNSET:
            d["notifyAdmin"] = v
        if (v := values.get("reason", UNSET)) is not UNSET:
            d["reason"] = v
        if (v := values.get("schedule", UNSET)) is not UNSET:
            d["schedule"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sort_order", UNSET)) is not UNSET:
            d["sortOrder"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("target_version", UNSET)) is not UNSET:
            d["targetVersion"] = v
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
        if (v := d.pop("agents", UNSET)) is not UNSET:
            obj.agents = _parse_agents(v, False)
        if (v := d.pop("agentType", UNSET)) is not UNSET:
            obj.agent_type = _parse_agent_type(v, False)
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("notifyAdmin", UNSET)) is not UNSET:
            obj.notify_admin = v
        if (v := d.pop("reason", UNSET)) is not UNSET:
            obj.reason = v
        if (v := d.pop("schedule", UNSET)) is not UNSET:
            obj.schedule = _parse_schedule(v, False)
        if (v := d.pop("sortOrder", UNSET)) is not UNSET:
            obj.sort_order = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("targetVersion", UNSET)) is not UNSET:
            obj.target_version = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
