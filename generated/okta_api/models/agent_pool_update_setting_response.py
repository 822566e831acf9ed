from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .agent_type import AgentType
from .release_channel import ReleaseChannel

if TYPE_CHECKING:
    from typing import Self


_parse_agent_type = _convert.enum_parser(AgentType)

_parse_release_channel = _convert.enum_parser(ReleaseChannel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AgentPoolUpdateSettingResponse(OktaModel):
    """Settings for auto-update

    Attributes:
        agent_type (`agentType`): Agent types that are being monitored
        continue_on_error (`continueOnError`): Continues the update even if some agents fail to update
        latest_version (`latestVersion`): Latest version of the agent
        minimal_supported_version (`minimalSupportedVersion`): Minimal version of the agent
        pool_id (`poolId`, read-only, never sent): ID of the agent pool that the settings apply to
        pool_name (`poolName`): Pool name
        release_channel (`releaseChannel`): Release channel for auto-update
    """

    _json_names: ClassVar[dict[str, str]] = {
        "agentType": "agent_type",
        "continueOnError": "continue_on_error",
        "latestVersion": "latest_version",
        "minimalSupportedVersion": "minimal_supported_version",
        "poolId": "pool_id",
        "poolName": "pool_name",
        "releaseChannel": "release_channel",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "agent_type": "enum",
        "continue_on_error": "bool",
        "latest_version": "str",
        "minimal_supported_version": "str",
        "pool_id": "str",
        "pool_name": "str",
        "release_channel": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "agent_type": ("agentType", _parse_agent_type),
        "continue_on_error": ("continueOnError", None),
        "latest_version": ("latestVersion", None),
        "minimal_supported_version": ("minimalSupportedVersion", None),
        "pool_id": ("poolId", None),
        "pool_name": ("poolName", None),
        "release_channel": ("releaseChannel", _parse_release_channel),
    }

    agent_type: AgentType | None = _attrs_field(init=False)
    continue_on_error: bool | None = _attrs_field(init=False)
    latest_version: str | None = _attrs_field(init=False)
    minimal_supported_version: str | None = _attrs_field(init=False)
    pool_id: str | None = _attrs_field(init=False)
    pool_name: str | None = _attrs_field(init=False)
    release_channel: ReleaseChannel | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        agent_type: AgentType | None | Unset = UNSET,
        continue_on_error: bool | None | Unset = UNSET,
        latest_version: str | None | Unset = UNSET,
        minimal_supported_version: str | None | Unset = UNSET,
        pool_id: str | None | Unset = UNSET,
        pool_name: str | None | Unset = UNSET,
        release_channel: ReleaseChannel | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if agent_type is not UNSET:
            _set_field(self, "agent_type", agent_type)
        if continue_on_error is not UNSET:
            _set_field(self, "continue_on_error", continue_on_error)
        if latest_version is not UNSET:
            _set_field(self, "latest_version", latest_version)
        if minimal_supported_version is not UNSET:
            _set_field(self, "minimal_supported_version", minimal_supported_version)
        if pool_id is not UNSET:
            _set_field(self, "pool_id", pool_id)
        if pool_name is not UNSET:
            _set_field(self, "pool_name", pool_name)
        if release_channel is not UNSET:
            _set_field(self, "release_channel", release_channel)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("agent_type", UNSET)) is not UNSET:
            d["agentType"] = v
        if (v := values.get("continue_on_error", UNSET)) is not UNSET:
            d["continueOnError"] = v
        if (v := values.get("latest_version", UNSET)) is not UNSET:
            d["latestVersion"] = v
        if (v := values.get("minimal_supported_version", UNSET)) is not UNSET:
            d["minimalSupportedVersion"] = v
        if (v := values.get("pool_id", UNSET)) is not UNSET and not omit_read_only:
            d["poolId"] = v
        if (v := values.get("pool_name", UNSET)) is not UNSET:
            d["poolName"] = v
        if (v := values.get("release_channel", UNSET)) is not UNSET:
            d["releaseChannel"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("agentType", UNSET)) is not UNSET:
            obj.agent_type = _parse_agent_type(v, False)
        if (v := d.pop("continueOnError", UNSET)) is not UNSET:
            obj.continue_on_error = v
        if (v := d.pop("latestVersion", UNSET)) is not UNSET:
            obj.latest_version = v
        if (v := d.pop("minimalSupportedVersion", UNSET)) is not UNSET:
            obj.minimal_supported_version = v
        if (v := d.pop("poolId", UNSET)) is not UNSET:
            obj.pool_id = v
        if (v := d.pop("poolName", UNSET)) is not UNSET:
            obj.pool_name = v
        if (v := d.pop("releaseChannel", UNSET)) is not UNSET:
            obj.release_channel = _parse_release_channel(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
