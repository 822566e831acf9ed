from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .agent_type import AgentType
from .agent_update_instance_status import AgentUpdateInstanceStatus
from .operational_status import OperationalStatus

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


_parse_operational_status = _convert.enum_parser(OperationalStatus)

_parse_type_ = _convert.enum_parser(AgentType)

_parse_update_status = _convert.enum_parser(AgentUpdateInstanceStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "is_hidden": ("isHidden", None),
        "is_latest_g_aed_version": ("isLatestGAedVersion", None),
        "last_connection": ("lastConnection", None),
        "name": ("name", None),
        "operational_status": ("operationalStatus", _parse_operational_status),
        "pool_id": ("poolId", None),
        "type_": ("type", _parse_type_),
        "update_message": ("updateMessage", None),
        "update_status": ("updateStatus", _parse_update_status),
        "version": ("version", None),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    is_hidden: bool | None = _attrs_field(init=False)
    is_latest_g_aed_version: bool | None = _attrs_field(init=False)
    last_connection: int | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    operational_status: OperationalStatus | None = _attrs_field(init=False)
    pool_id: str | None = _attrs_field(init=False)
    type_: AgentType | None = _attrs_field(init=False)
    update_message: str | None = _attrs_field(init=False)
    update_status: AgentUpdateInstanceStatus | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        is_hidden: bool | None | Unset = UNSET,
        is_latest_g_aed_version: bool | None | Unset = UNSET,
        last_connection: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        operational_status: OperationalStatus | None | Unset = UNSET,
        pool_id: str | None | Unset = UNSET,
        type_: AgentType | None | Unset = UNSET,
        update_message: str | None | Unset = UNSET,
        update_status: AgentUpdateInstanceStatus | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if is_hidden is not UNSET:
            _set_field(self, "is_hidden", is_hidden)
        if is_latest_g_aed_version is not UNSET:
            _set_field(self, "is_latest_g_aed_version", is_latest_g_aed_version)
        if last_connection is not UNSET:
            _set_field(self, "last_connection", last_connection)
        if name is not UNSET:
            _set_field(self, "name", name)
        if operational_status is not UNSET:
            _set_field(self, "operational_status", operational_status)
        if pool_id is not UNSET:
            _set_field(self, "pool_id", pool_id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if update_message is not UNSET:
            _set_field(self, "update_message", update_message)
        if update_status is not UNSET:
            _set_field(self, "update_status", update_status)
        if version is not UNSET:
            _set_field(self, "version", version)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("is_hidden", UNSET)) is not UNSET:
            d["isHidden"] = v
        if (v := values.get("is_latest_g_aed_version", UNSET)) is not UNSET:
            d["isLatestGAedVersion"] = v
        if (v := values.get("last_connection", UNSET)) is not UNSET:
            d["lastConnection"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("operational_status", UNSET)) is not UNSET:
            d["operationalStatus"] = v
        if (v := values.get("pool_id", UNSET)) is not UNSET:
            d["poolId"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("update_message", UNSET)) is not UNSET:
            d["updateMessage"] = v
        if (v := values.get("update_status", UNSET)) is not UNSET:
            d["updateStatus"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = v
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("isHidden", UNSET)) is not UNSET:
            obj.is_hidden = v
        if (v := d.pop("isLatestGAedVersion", UNSET)) is not UNSET:
            obj.is_latest_g_aed_version = v
        if (v := d.pop("lastConnection", UNSET)) is not UNSET:
            obj.last_connection = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("operationalStatus", UNSET)) is not UNSET:
            obj.operational_status = _parse_operational_status(v, False)
        if (v := d.pop("poolId", UNSET)) is not UNSET:
            obj.pool_id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("updateMessage", UNSET)) is not UNSET:
            obj.update_message = v
        if (v := d.pop("updateStatus", UNSET)) is not UNSET:
            obj.update_status = _parse_update_status(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
