from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import agent as _agent
from . import links_self as _links_self
from .agent_type import AgentType
from .operational_status import OperationalStatus

if TYPE_CHECKING:
    from typing import Self

    from .agent import Agent
    from .links_self import LinksSelf


def _parse_agents(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_agent.Agent.from_json if lazy else _agent.Agent.from_dict, v)


_parse_operational_status = _convert.enum_parser(OperationalStatus)

_parse_type_ = _convert.enum_parser(AgentType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "agents": ("agents", _parse_agents),
        "disrupted_agents": ("disruptedAgents", None),
        "id": ("id", None),
        "inactive_agents": ("inactiveAgents", None),
        "name": ("name", None),
        "operational_status": ("operationalStatus", _parse_operational_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
    }

    agents: list[Agent] | None = _attrs_field(init=False)
    disrupted_agents: int | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    inactive_agents: int | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    operational_status: OperationalStatus | None = _attrs_field(init=False)
    type_: AgentType | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        agents: list[Agent] | None | Unset = UNSET,
        disrupted_agents: int | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        inactive_agents: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        operational_status: OperationalStatus | None | Unset = UNSET,
        type_: AgentType | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if agents is not UNSET:
            _set_field(self, "agents", agents)
        if disrupted_agents is not UNSET:
            _set_field(self, "disrupted_agents", disrupted_agents)
        if id is not UNSET:
            _set_field(self, "id", id)
        if inactive_agents is not UNSET:
            _set_field(self, "inactive_agents", inactive_agents)
        if name is not UNSET:
            _set_field(self, "name", name)
        if operational_status is not UNSET:
            _set_field(self, "operational_status", operational_status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
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
        if (v := values.get("disrupted_agents", UNSET)) is not UNSET:
            d["disruptedAgents"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("inactive_agents", UNSET)) is not UNSET:
            d["inactiveAgents"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("operational_status", UNSET)) is not UNSET:
            d["operationalStatus"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
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
        if (v := d.pop("disruptedAgents", UNSET)) is not UNSET:
            obj.disrupted_agents = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("inactiveAgents", UNSET)) is not UNSET:
            obj.inactive_agents = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("operationalStatus", UNSET)) is not UNSET:
            obj.operational_status = _parse_operational_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
