from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_context_provider as _device_context_provider

if TYPE_CHECKING:
    from typing import Self

    from .device_context_provider import DeviceContextProvider


@_attrs_define(kw_only=True)
class DeviceSignalCollectionPolicyRuleDeviceSignalCollection(OktaModel):
    """Specifies how device context is collected when a user attempts to sign in

    Attributes:
        device_context_providers (`deviceContextProviders`): Contains the device context provider configuration
    """

    _json_names: ClassVar[dict[str, str]] = {
        "deviceContextProviders": "device_context_providers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device_context_providers": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device_context_providers": lambda d: _convert.parse_model_list(
            _device_context_provider.DeviceContextProvider.from_json, d.get("deviceContextProviders", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, DeviceSignalCollectionPolicyRuleDeviceSignalCollection._json_names
        ),
    }

    device_context_providers: list[DeviceContextProvider] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device_context_providers is not UNSET:
            d["deviceContextProviders"] = _convert.dump_model_list(self.device_context_providers, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device_context_providers = _convert.parse_model_list(
            _device_context_provider.DeviceContextProvider.from_dict, d.pop("deviceContextProviders", UNSET)
        )
        obj.additional_properties = d
        return obj
