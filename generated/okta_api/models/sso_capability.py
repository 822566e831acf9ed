from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .sso_capability_capability import SsoCapabilityCapability
from .sso_capability_supported_protocols_item import SsoCapabilitySupportedProtocolsItem

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SsoCapability(OktaModel):
    """SSO capability configuration with embedded protocol details

    Attributes:
        capability: SSO capability identifier
        supported_protocols (`supportedProtocols`): List of supported SSO protocols
    """

    _json_names: ClassVar[dict[str, str]] = {
        "capability": "capability",
        "supportedProtocols": "supported_protocols",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "capability": "enum",
        "supported_protocols": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "capability": lambda d: (
            _convert.parse_enum(SsoCapabilityCapability, v) if (v := d.get("capability", UNSET)).__class__ is str else v
        ),
        "supported_protocols": lambda d: _convert.parse_enum_list(
            SsoCapabilitySupportedProtocolsItem, d.get("supportedProtocols", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SsoCapability._json_names),
    }

    supported_protocols: list[SsoCapabilitySupportedProtocolsItem] | None | Unset
    capability: SsoCapabilityCapability | None | Unset = SsoCapabilityCapability("SSO")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.capability is not UNSET:
            d["capability"] = self.capability
        if self.supported_protocols is not UNSET:
            d["supportedProtocols"] = self.supported_protocols
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
            _convert.parse_enum(SsoCapabilityCapability, v) if (v := d.pop("capability", UNSET)).__class__ is str else v
        )
        obj.supported_protocols = _convert.parse_enum_list(
            SsoCapabilitySupportedProtocolsItem, d.pop("supportedProtocols", UNSET)
        )
        obj.additional_properties = d
        return obj
