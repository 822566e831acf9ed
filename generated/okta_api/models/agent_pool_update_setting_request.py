from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .agent_type import AgentType
from .release_channel import ReleaseChannel

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AgentPoolUpdateSettingRequest(OktaModel):
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
        "agent_type": lambda d: (
            _convert.parse_enum(AgentType, v) if (v := d.get("agentType", UNSET)).__class__ is str else v
        ),
        "continue_on_error": "continueOnError",
        "latest_version": "latestVersion",
        "minimal_supported_version": "minimalSupportedVersion",
        "pool_id": "poolId",
        "pool_name": "poolName",
        "release_channel": lambda d: (
            _convert.parse_enum(ReleaseChannel, v) if (v := d.get("releaseChannel", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AgentPoolUpdateSettingRequest._json_names),
    }

    agent_type: AgentType | None | Unset
    continue_on_error: bool | None | Unset = UNSET
    latest_version: str | None | Unset = UNSET
    minimal_supported_version: str | None | Unset = UNSET
    pool_id: str | None | Unset = UNSET
    pool_name: str | None | Unset = UNSET
    release_channel: ReleaseChannel | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.agent_type is not UNSET:
            d["agentType"] = self.agent_type
        if self.continue_on_error is not UNSET:
            d["continueOnError"] = self.continue_on_error
        if self.latest_version is not UNSET:
            d["latestVersion"] = self.latest_version
        if self.minimal_supported_version is not UNSET:
            d["minimalSupportedVersion"] = self.minimal_supported_version
        if self.pool_id is not UNSET and not omit_read_only:
            d["poolId"] = self.pool_id
        if self.pool_name is not UNSET:
            d["poolName"] = self.pool_name
        if self.release_channel is not UNSET:
            d["releaseChannel"] = self.release_channel
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.agent_type = _convert.parse_enum(AgentType, v) if (v := d.pop("agentType", UNSET)).__class__ is str else v
        obj.continue_on_error = d.pop("continueOnError", UNSET)
        obj.latest_version = d.pop("latestVersion", UNSET)
        obj.minimal_supported_version = d.pop("minimalSupportedVersion", UNSET)
        obj.pool_id = d.pop("poolId", UNSET)
        obj.pool_name = d.pop("poolName", UNSET)
        obj.release_channel = (
            _convert.parse_enum(ReleaseChannel, v) if (v := d.pop("releaseChannel", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
