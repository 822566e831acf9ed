from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    device_signal_collection_platform_condition_evaluator_platform_operating_system as _device_signal_collection_platform_condition_evaluator_platform_operating_system,
)
from .device_signal_collection_policy_platform_type import DeviceSignalCollectionPolicyPlatformType

if TYPE_CHECKING:
    from typing import Self

    from .device_signal_collection_platform_condition_evaluator_platform_operating_system import (
        DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem,
    )


def _parse_os(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_signal_collection_platform_condition_evaluator_platform_operating_system.DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem.from_json(
                v
            )
            if lazy
            else _device_signal_collection_platform_condition_evaluator_platform_operating_system.DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_signal_collection_platform_condition_evaluator_platform_operating_system.DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem,
        v,
    )


_parse_type_ = _convert.enum_parser(DeviceSignalCollectionPolicyPlatformType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceSignalCollectionPlatformConditionEvaluatorPlatform(OktaModel):
    """An Okta `DeviceSignalCollectionPlatformConditionEvaluatorPlatform`.

    Attributes:
        os: DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem
        type_ (`type`): The type of platform
    """

    _json_names: ClassVar[dict[str, str]] = {
        "os": "os",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "os": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "os": ("os", _parse_os),
        "type_": ("type", _parse_type_),
    }

    os: DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem | None = _attrs_field(init=False)
    type_: DeviceSignalCollectionPolicyPlatformType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        os: DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem | None | Unset = UNSET,
        type_: DeviceSignalCollectionPolicyPlatformType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if os is not UNSET:
            _set_field(self, "os", os)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("os", UNSET)) is not UNSET:
            d["os"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("os", UNSET)) is not UNSET:
            obj.os = _parse_os(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
