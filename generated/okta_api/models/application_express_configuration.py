from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .application_capability import ApplicationCapability

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ApplicationExpressConfiguration(OktaModel):
    """<div class="x-lifecycle-container"><x-lifecycle class="oie"></x-lifecycle></div>
    Indicates which Express Configuration capabilities the app supports and has enabled

    Attributes:
        enabled_capabilities (`enabledCapabilities`): Capabilities currently enabled for the app
        supported_capabilities (`supportedCapabilities`): Capabilities supported by the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabledCapabilities": "enabled_capabilities",
        "supportedCapabilities": "supported_capabilities",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled_capabilities": "list:enum",
        "supported_capabilities": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled_capabilities": lambda d: _convert.parse_enum_list(
            ApplicationCapability, d.get("enabledCapabilities", UNSET)
        ),
        "supported_capabilities": lambda d: _convert.parse_enum_list(
            ApplicationCapability, d.get("supportedCapabilities", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationExpressConfiguration._json_names),
    }

    enabled_capabilities: list[ApplicationCapability] | None | Unset = UNSET
    supported_capabilities: list[ApplicationCapability] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enabled_capabilities is not UNSET:
            d["enabledCapabilities"] = self.enabled_capabilities
        if self.supported_capabilities is not UNSET:
            d["supportedCapabilities"] = self.supported_capabilities
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enabled_capabilities = _convert.parse_enum_list(ApplicationCapability, d.pop("enabledCapabilities", UNSET))
        obj.supported_capabilities = _convert.parse_enum_list(
            ApplicationCapability, d.pop("supportedCapabilities", UNSET)
        )
        obj.additional_properties = d
        return obj
