from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .device_policy_mdm_framework import DevicePolicyMDMFramework
from .device_policy_platform_type import DevicePolicyPlatformType

if TYPE_CHECKING:
    from typing import Self


def _parse_supported_mdm_frameworks(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(DevicePolicyMDMFramework, v)


def _parse_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(DevicePolicyPlatformType, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DevicePolicyRuleConditionPlatform(OktaModel):
    """An Okta `DevicePolicyRuleConditionPlatform`.

    Attributes:
        supported_mdm_frameworks (`supportedMDMFrameworks`): list[DevicePolicyMDMFramework]
        types: list[DevicePolicyPlatformType]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "supportedMDMFrameworks": "supported_mdm_frameworks",
        "types": "types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "supported_mdm_frameworks": "list:enum",
        "types": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "supported_mdm_frameworks": ("supportedMDMFrameworks", _parse_supported_mdm_frameworks),
        "types": ("types", _parse_types),
    }

    supported_mdm_frameworks: list[DevicePolicyMDMFramework] | None = _attrs_field(init=False)
    types: list[DevicePolicyPlatformType] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        supported_mdm_frameworks: list[DevicePolicyMDMFramework] | None | Unset = UNSET,
        types: list[DevicePolicyPlatformType] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if supported_mdm_frameworks is not UNSET:
            _set_field(self, "supported_mdm_frameworks", supported_mdm_frameworks)
        if types is not UNSET:
            _set_field(self, "types", types)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("supported_mdm_frameworks", UNSET)) is not UNSET:
            d["supportedMDMFrameworks"] = v
        if (v := values.get("types", UNSET)) is not UNSET:
            d["types"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("supportedMDMFrameworks", UNSET)) is not UNSET:
            obj.supported_mdm_frameworks = _parse_supported_mdm_frameworks(v, False)
        if (v := d.pop("types", UNSET)) is not UNSET:
            obj.types = _parse_types(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
