from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import device_policy_rule_condition_platform as _device_policy_rule_condition_platform
from .device_policy_rule_condition import DevicePolicyRuleCondition
from .device_policy_trust_level import DevicePolicyTrustLevel

if TYPE_CHECKING:
    from typing import Self

    from .device_policy_rule_condition_platform import DevicePolicyRuleConditionPlatform


def _parse_platform(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform.from_json(v)
            if lazy
            else _device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform.from_dict(v)
        )
    return _convert.parse_model(_device_policy_rule_condition_platform.DevicePolicyRuleConditionPlatform, v)


_parse_trust_level = _convert.enum_parser(DevicePolicyTrustLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ContextPolicyRuleCondition(DevicePolicyRuleCondition):
    """An Okta `ContextPolicyRuleCondition`.

    Attributes:
        migrated: bool
        platform: DevicePolicyRuleConditionPlatform
        rooted: bool
        trust_level (`trustLevel`): DevicePolicyTrustLevel
        expression: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "migrated": "migrated",
        "platform": "platform",
        "rooted": "rooted",
        "trustLevel": "trust_level",
        "expression": "expression",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "migrated": "bool",
        "platform": "model",
        "rooted": "bool",
        "trust_level": "enum",
        "expression": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "migrated": ("migrated", None),
        "platform": ("platform", _parse_platform),
        "rooted": ("rooted", None),
        "trust_level": ("trustLevel", _parse_trust_level),
        "expression": ("expression", None),
    }

    migrated: bool | None = _attrs_field(init=False)
    platform: DevicePolicyRuleConditionPlatform | None = _attrs_field(init=False)
    rooted: bool | None = _attrs_field(init=False)
    trust_level: DevicePolicyTrustLevel | None = _attrs_field(init=False)
    expression: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        migrated: bool | None | Unset = UNSET,
        platform: DevicePolicyRuleConditionPlatform | None | Unset = UNSET,
        rooted: bool | None | Unset = UNSET,
        trust_level: DevicePolicyTrustLevel | None | Unset = UNSET,
        expression: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if migrated is not UNSET:
            _set_field(self, "migrated", migrated)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if rooted is not UNSET:
            _set_field(self, "rooted", rooted)
        if trust_level is not UNSET:
            _set_field(self, "trust_level", trust_level)
        if expression is not UNSET:
            _set_field(self, "expression", expression)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("migrated", UNSET)) is not UNSET:
            d["migrated"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("rooted", UNSET)) is not UNSET:
            d["rooted"] = v
        if (v := values.get("trust_level", UNSET)) is not UNSET:
            d["trustLevel"] = v
        if (v := values.get("expression", UNSET)) is not UNSET:
            d["expression"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("migrated", UNSET)) is not UNSET:
            obj.migrated = v
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("rooted", UNSET)) is not UNSET:
            obj.rooted = v
        if (v := d.pop("trustLevel", UNSET)) is not UNSET:
            obj.trust_level = _parse_trust_level(v, False)
        if (v := d.pop("expression", UNSET)) is not UNSET:
            obj.expression = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
