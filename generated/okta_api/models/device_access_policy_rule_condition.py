from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_policy_rule_condition_assurance as _device_policy_rule_condition_assurance

if TYPE_CHECKING:
    from typing import Self

    from .device_policy_rule_condition_assurance import DevicePolicyRuleConditionAssurance


@_attrs_define(kw_only=True)
class DeviceAccessPolicyRuleCondition(OktaModel):
    """<x-lifecycle class="oie"></x-lifecycle> Specifies the device condition to match on

    Attributes:
        assurance: Specifies [device assurance
            policies](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/DeviceAssurance/)
            in the policy rule
        managed: Indicates if the device is managed. A device is considered managed if it's part of a
            device management system.
        registered: Indicates if the device is registered. A device is registered if the User enrolls with
            Okta Verify that's installed on the device.
            When the `managed` property is passed, you must also include the `registered` property and
            set it to `true`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assurance": "assurance",
        "managed": "managed",
        "registered": "registered",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assurance": "model",
        "managed": "bool",
        "registered": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assurance": lambda d: (
            _device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance.from_json(v)
            if (v := d.get("assurance", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance, v)
        ),
        "managed": "managed",
        "registered": "registered",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceAccessPolicyRuleCondition._json_names),
    }

    assurance: DevicePolicyRuleConditionAssurance | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    registered: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.assurance is not UNSET:
            d["assurance"] = _convert.dump_model(self.assurance, omit_read_only)
        if self.managed is not UNSET:
            d["managed"] = self.managed
        if self.registered is not UNSET:
            d["registered"] = self.registered
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.assurance = (
            _device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance.from_dict(v)
            if (v := d.pop("assurance", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance, v)
        )
        obj.managed = d.pop("managed", UNSET)
        obj.registered = d.pop("registered", UNSET)
        obj.additional_properties = d
        return obj
