from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_policy_mdm_framework import DevicePolicyMDMFramework
from .device_policy_platform_type import DevicePolicyPlatformType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "supported_mdm_frameworks": lambda d: _convert.parse_enum_list(
            DevicePolicyMDMFramework, d.get("supportedMDMFrameworks", UNSET)
        ),
        "types": lambda d: _convert.parse_enum_list(DevicePolicyPlatformType, d.get("types", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, DevicePolicyRuleConditionPlatform._json_names),
    }

    supported_mdm_frameworks: list[DevicePolicyMDMFramework] | None | Unset = UNSET
    types: list[DevicePolicyPlatformType] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.supported_mdm_frameworks is not UNSET:
            d["supportedMDMFrameworks"] = self.supported_mdm_frameworks
        if self.types is not UNSET:
            d["types"] = self.types
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.supported_mdm_frameworks = _convert.parse_enum_list(
            DevicePolicyMDMFramework, d.pop("supportedMDMFrameworks", UNSET)
        )
        obj.types = _convert.parse_enum_list(DevicePolicyPlatformType, d.pop("types", UNSET))
        obj.additional_properties = d
        return obj
