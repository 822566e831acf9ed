from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "agents": lambda d: _convert.parse_model_list(_agent.Agent.from_json, d.get("agents", UNSET)),
        "agent_type": lambda d: (
            _convert.parse_enum(AgentType, v) if (v := d.get("agentType", UNSET)).__class__ is str else v
        ),
        "enabled": "enabled",
        "id": "id",
        "name": "name",
        "notify_admin": "notifyAdmin",
        "reason": "reason",
        "schedule": lambda d: (
            _auto_update_schedule.AutoUpdateSchedule.from_json(v)
            if (v := d.get("schedule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auto_update_schedule.AutoUpdateSchedule, v)
        ),
        "sort_order": "sortOrder",
        "status": lambda d: (
            _convert.parse_enum(AgentUpdateJobStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "target_version": "targetVersion",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AgentPoolUpdate._json_names),
    }

    agents: list[Agent] | None | Unset = UNSET
    agent_type: AgentType | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    notify_admin: bool | None | Unset = UNSET
    reason: str | None | Unset = UNSET
    schedule: AutoUpdateSchedule | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    status: AgentUpdateJobStatus | None | Unset = UNSET
    target_version: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.agents is not UNSET:
            d["agents"] = _convert.dump_model_list(self.agents, omit_read_only)
        if self.agent_type is not UNSET:
            d["agentType"] = self.agent_type
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.notify_admin is not UNSET:
            d["notifyAdmin"] = self.notify_admin
        if self.reason is not UNSET:
            d["reason"] = self.reason
        if self.schedule is not UNSET:
            d["schedule"] = _convert.dump_model(self.schedule, omit_read_only)
        if self.sort_order is not UNSET:
            d["sortOrder"] = self.sort_order
        if self.status is not UNSET:
            d["status"] = self.status
        if self.target_version is not UNSET:
            d["targetVersion"] = self.target_version
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
        obj.agents = _convert.parse_model_list(_agent.Agent.from_dict, d.pop("agents", UNSET))
        obj.agent_type = _convert.parse_enum(AgentType, v) if (v := d.pop("agentType", UNSET)).__class__ is str else v
        obj.enabled = d.pop("enabled", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.notify_admin = d.pop("notifyAdmin", UNSET)
        obj.reason = d.pop("reason", UNSET)
        obj.schedule = (
            _auto_update_schedule.AutoUpdateSchedule.from_dict(v)
            if (v := d.pop("schedule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auto_update_schedule.AutoUpdateSchedule, v)
        )
        obj.sort_order = d.pop("sortOrder", UNSET)
        obj.status = (
            _convert.parse_enum(AgentUpdateJobStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.target_version = d.pop("targetVersion", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
