from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .agent_type import AgentType
from .agent_update_instance_status import AgentUpdateInstanceStatus
from .operational_status import OperationalStatus

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class Agent(OktaModel):
    """Agent details

    Attributes:
        id (read-only, never sent): Unique identifier for the agent that's generated during installation
        is_hidden (`isHidden`): Determines if an agent is hidden from the Admin Console
        is_latest_g_aed_version (`isLatestGAedVersion`): Determines if the agent is on the latest generally available version
        last_connection (`lastConnection`): Unix timestamp in milliseconds when the agent last connected to Okta
        name: Agent name
        operational_status (`operationalStatus`): Operational status of a given agent
        pool_id (`poolId`): Pool ID
        type_ (`type`): Agent types that are being monitored
        update_message (`updateMessage`): Status message of the agent
        update_status (`updateStatus`): Status for one agent regarding the status to auto-update that agent
        version: Agent version number
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "isHidden": "is_hidden",
        "isLatestGAedVersion": "is_latest_g_aed_version",
        "lastConnection": "last_connection",
        "name": "name",
        "operationalStatus": "operational_status",
        "poolId": "pool_id",
        "type": "type_",
        "updateMessage": "update_message",
        "updateStatus": "update_status",
        "version": "version",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "is_hidden": "bool",
        "is_latest_g_aed_version": "bool",
        "last_connection": "int",
        "name": "str",
        "operational_status": "enum",
        "pool_id": "str",
        "type_": "enum",
        "update_message": "str",
        "update_status": "enum",
        "version": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "is_hidden": "isHidden",
        "is_latest_g_aed_version": "isLatestGAedVersion",
        "last_connection": "lastConnection",
        "name": "name",
        "operational_status": lambda d: (
            _convert.parse_enum(OperationalStatus, v)
            if (v := d.get("operationalStatus", UNSET)).__class__ is str
            else v
        ),
        "pool_id": "poolId",
        "type_": lambda d: _convert.parse_enum(AgentType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "update_message": "updateMessage",
        "update_status": lambda d: (
            _convert.parse_enum(AgentUpdateInstanceStatus, v)
            if (v := d.get("updateStatus", UNSET)).__class__ is str
            else v
        ),
        "version": "version",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Agent._json_names),
    }

    id: str | None | Unset = UNSET
    is_hidden: bool | None | Unset = UNSET
    is_latest_g_aed_version: bool | None | Unset = UNSET
    last_connection: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    operational_status: OperationalStatus | None | Unset = UNSET
    pool_id: str | None | Unset = UNSET
    type_: AgentType | None | Unset = UNSET
    update_message: str | None | Unset = UNSET
    update_status: AgentUpdateInstanceStatus | None | Unset = UNSET
    version: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_hidden is not UNSET:
            d["isHidden"] = self.is_hidden
        if self.is_latest_g_aed_version is not UNSET:
            d["isLatestGAedVersion"] = self.is_latest_g_aed_version
        if self.last_connection is not UNSET:
            d["lastConnection"] = self.last_connection
        if self.name is not UNSET:
            d["name"] = self.name
        if self.operational_status is not UNSET:
            d["operationalStatus"] = self.operational_status
        if self.pool_id is not UNSET:
            d["poolId"] = self.pool_id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.update_message is not UNSET:
            d["updateMessage"] = self.update_message
        if self.update_status is not UNSET:
            d["updateStatus"] = self.update_status
        if self.version is not UNSET:
            d["version"] = self.version
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
        obj.id = d.pop("id", UNSET)
        obj.is_hidden = d.pop("isHidden", UNSET)
        obj.is_latest_g_aed_version = d.pop("isLatestGAedVersion", UNSET)
        obj.last_connection = d.pop("lastConnection", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.operational_status = (
            _convert.parse_enum(OperationalStatus, v)
            if (v := d.pop("operationalStatus", UNSET)).__class__ is str
            else v
        )
        obj.pool_id = d.pop("poolId", UNSET)
        obj.type_ = _convert.parse_enum(AgentType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.update_message = d.pop("updateMessage", UNSET)
        obj.update_status = (
            _convert.parse_enum(AgentUpdateInstanceStatus, v)
            if (v := d.pop("updateStatus", UNSET)).__class__ is str
            else v
        )
        obj.version = d.pop("version", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
