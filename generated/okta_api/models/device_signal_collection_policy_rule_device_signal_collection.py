from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_context_provider as _device_context_provider

if TYPE_CHECKING:
    from typing import Self

    from .device_context_provider import DeviceContextProvider


def _parse_device_context_providers(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _device_context_provider.DeviceContextProvider.from_json
        if lazy
        else _device_context_provider.DeviceContextProvider.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "device_context_providers": ("deviceContextProviders", _parse_device_context_providers),
    }

    device_context_providers: list[DeviceContextProvider] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device_context_providers: list[DeviceContextProvider] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device_context_providers is not UNSET:
            _set_field(self, "device_context_providers", device_context_providers)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device_context_providers", UNSET)) is not UNSET:
            d["deviceContextProviders"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("deviceContextProviders", UNSET)) is not UNSET:
            obj.device_context_providers = _parse_device_context_providers(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
