from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_policy_rule_condition_platform as _device_policy_rule_condition_platform
from .device_policy_trust_level import DevicePolicyTrustLevel

if TYPE_CHECKING:
    from typing import Self

    from .device_policy_rule_condition_platform import DevicePolicyRuleConditionPlatform


@_attrs_define(kw_only=True)
class DevicePolicyRuleCondition(OktaModel):
    """An Okta `DevicePolicyRuleCondition`.

    Attributes:
        migrated: bool
        platform: DevicePolicyRuleConditionPlatform
        rooted: bool
        trust_level (`trustLevel`): DevicePolicyTrustLevel
    """

    _json_names: ClassVar[dict[str, str]] = {
        "migrated": "migrated",
        "platform": "platform",
        "rooted": "rooted",
        "trustLevel": "trust_level",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "migrated": "bool",
        "platform": "model",
        "rooted": "bool",
        "trust_level": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "migrated": "migrated",
        "platform": lambda d: (
            _device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform.from_json(v)
            if (v := d.get("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform, v)
        ),
        "rooted": "rooted",
        "trust_level": lambda d: (
            _convert.parse_enum(DevicePolicyTrustLevel, v) if (v := d.get("trustLevel", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DevicePolicyRuleCondition._json_names),
    }

    migrated: bool | None | Unset = UNSET
    platform: DevicePolicyRuleConditionPlatform | None | Unset = UNSET
    rooted: bool | None | Unset = UNSET
    trust_level: DevicePolicyTrustLevel | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.migrated is not UNSET:
            d["migrated"] = self.migrated
        if self.platform is not UNSET:
            d["platform"] = _convert.dump_model(self.platform, omit_read_only)
        if self.rooted is not UNSET:
            d["rooted"] = self.rooted
        if self.trust_level is not UNSET:
            d["trustLevel"] = self.trust_level
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.migrated = d.pop("migrated", UNSET)
        obj.platform = (
            _device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform.from_dict(v)
            if (v := d.pop("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform, v)
        )
        obj.rooted = d.pop("rooted", UNSET)
        obj.trust_level = (
            _convert.parse_enum(DevicePolicyTrustLevel, v) if (v := d.pop("trustLevel", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
