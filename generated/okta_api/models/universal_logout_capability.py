from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import submission_action as _submission_action
from .universal_logout_capability_capability import UniversalLogoutCapabilityCapability
from .universal_logout_capability_supported_protocols_item import UniversalLogoutCapabilitySupportedProtocolsItem

if TYPE_CHECKING:
    from typing import Self

    from .submission_action import SubmissionAction


_parse_capability = _convert.enum_parser(UniversalLogoutCapabilityCapability)


def _parse_supported_protocols(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(UniversalLogoutCapabilitySupportedProtocolsItem, v)


def _parse_actions(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _submission_action.SubmissionAction.from_json if lazy else _submission_action.SubmissionAction.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UniversalLogoutCapability(OktaModel):
    """Universal Logout capability configuration with embedded protocol details.

    **Protocol validation rule:**
    - The `actions` parameter is required when `supportedProtocols` is set to `ACTIONS`.

    Attributes:
        capability: Universal Logout capability identifier
        supported_protocols (`supportedProtocols`): List of supported logout protocols
        actions: Configuration for the Actions protocol. This parameter is required when
            `supportedProtocols` is set to `ACTIONS`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "capability": "capability",
        "supportedProtocols": "supported_protocols",
        "actions": "actions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "capability": "enum",
        "supported_protocols": "list:enum",
        "actions": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "capability": ("capability", _parse_capability),
        "supported_protocols": ("supportedProtocols", _parse_supported_protocols),
        "actions": ("actions", _parse_actions),
    }

    capability: UniversalLogoutCapabilityCapability | None = _attrs_field(init=False)
    supported_protocols: list[UniversalLogoutCapabilitySupportedProtocolsItem] | None = _attrs_field(init=False)
    actions: list[SubmissionAction] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        supported_protocols: list[UniversalLogoutCapabilitySupportedProtocolsItem] | None | Unset,
        capability: UniversalLogoutCapabilityCapability | None | Unset = UniversalLogoutCapabilityCapability(
            "UNIVERSAL_LOGOUT"
        ),
        actions: list[SubmissionAction] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if capability is not UNSET:
            _set_field(self, "capability", capability)
        if supported_protocols is not UNSET:
            _set_field(self, "supported_protocols", supported_protocols)
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("capability", UNSET)) is not UNSET:
            d["capability"] = v
        if (v := values.get("supported_protocols", UNSET)) is not UNSET:
            d["supportedProtocols"] = v
        if (v := values.get("actions", UNSET)) is not UNSET:
            d["actions"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("capability", UNSET)) is not UNSET:
            obj.capability = _parse_capability(v, False)
        if (v := d.pop("supportedProtocols", UNSET)) is not UNSET:
            obj.supported_protocols = _parse_supported_protocols(v, False)
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
