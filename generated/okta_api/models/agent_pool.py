from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import agent as _agent
from . import links_self as _links_self
from .agent_type import AgentType
from .operational_status import OperationalStatus

if TYPE_CHECKING:
    from typing import Self

    from .agent import Agent
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class AgentPool(OktaModel):
    """An agent pool is a collection of agents that serve a common purpose. An agent pool has a unique ID
    within an org, and contains a collection of agents disjoint to every other agent pool, meaning that
    no two agent pools share an agent.

    Attributes:
        agents: list[Agent]
        disrupted_agents (`disruptedAgents`): Number of agents in the pool that are in a disrupted state
        id (read-only, never sent): Agent pool ID
        inactive_agents (`inactiveAgents`): Number of agents in the pool that are in an inactive state
        name: Agent pool name
        operational_status (`operationalStatus`): Operational status of a given agent
        type_ (`type`): Agent types that are being monitored
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "agents": "agents",
        "disruptedAgents": "disrupted_agents",
        "id": "id",
        "inactiveAgents": "inactive_agents",
        "name": "name",
        "operationalStatus": "operational_status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "agents": "list:model",
        "disrupted_agents": "int",
        "id": "str",
        "inactive_agents": "int",
        "name": "str",
        "operational_status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "agents": lambda d: _convert.parse_model_list(_agent.Agent.from_json, d.get("agents", UNSET)),
        "disrupted_agents": "disruptedAgents",
        "id": "id",
        "inactive_agents": "inactiveAgents",
        "name": "name",
        "operational_status": lambda d: (
            _convert.parse_enum(OperationalStatus, v)
            if (v := d.get("operationalStatus", UNSET)).__class__ is str
            else v
        ),
        "type_": lambda d: _convert.parse_enum(AgentType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AgentPool._json_names),
    }

    agents: list[Agent] | None | Unset = UNSET
    disrupted_agents: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    inactive_agents: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    operational_status: OperationalStatus | None | Unset = UNSET
    type_: AgentType | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.agents is not UNSET:
            d["agents"] = _convert.dump_model_list(self.agents, omit_read_only)
        if self.disrupted_agents is not UNSET:
            d["disruptedAgents"] = self.disrupted_agents
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.inactive_agents is not UNSET:
            d["inactiveAgents"] = self.inactive_agents
        if self.name is not UNSET:
            d["name"] = self.name
        if self.operational_status is not UNSET:
            d["operationalStatus"] = self.operational_status
        if self.type_ is not UNSET:
            d["type"] = self.type_
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
        obj.disrupted_agents = d.pop("disruptedAgents", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.inactive_agents = d.pop("inactiveAgents", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.operational_status = (
            _convert.parse_enum(OperationalStatus, v)
            if (v := d.pop("operationalStatus", UNSET)).__class__ is str
            else v
        )
        obj.type_ = _convert.parse_enum(AgentType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
