from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import submission_action as _submission_action
from .universal_logout_capability_capability import UniversalLogoutCapabilityCapability
from .universal_logout_capability_supported_protocols_item import UniversalLogoutCapabilitySupportedProtocolsItem

if TYPE_CHECKING:
    from typing import Self

    from .submission_action import SubmissionAction


@_attrs_define(kw_only=True)
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
        "capability": lambda d: (
            _convert.parse_enum(UniversalLogoutCapabilityCapability, v)
            if (v := d.get("capability", UNSET)).__class__ is str
            else v
        ),
        "supported_protocols": lambda d: _convert.parse_enum_list(
            UniversalLogoutCapabilitySupportedProtocolsItem, d.get("supportedProtocols", UNSET)
        ),
        "actions": lambda d: _convert.parse_model_list(
            _submission_action.SubmissionAction.from_json, d.get("actions", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UniversalLogoutCapability._json_names),
    }

    supported_protocols: list[UniversalLogoutCapabilitySupportedProtocolsItem] | None | Unset
    capability: UniversalLogoutCapabilityCapability | None | Unset = UniversalLogoutCapabilityCapability(
        "UNIVERSAL_LOGOUT"
    )
    actions: list[SubmissionAction] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.capability is not UNSET:
            d["capability"] = self.capability
        if self.supported_protocols is not UNSET:
            d["supportedProtocols"] = self.supported_protocols
        if self.actions is not UNSET:
            d["actions"] = _convert.dump_model_list(self.actions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.capability = (
            _convert.parse_enum(UniversalLogoutCapabilityCapability, v)
            if (v := d.pop("capability", UNSET)).__class__ is str
            else v
        )
        obj.supported_protocols = _convert.parse_enum_list(
            UniversalLogoutCapabilitySupportedProtocolsItem, d.pop("supportedProtocols", UNSET)
        )
        obj.actions = _convert.parse_model_list(_submission_action.SubmissionAction.from_dict, d.pop("actions", UNSET))
        obj.additional_properties = d
        return obj
