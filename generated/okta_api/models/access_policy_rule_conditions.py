from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import access_policy_rule_custom_condition as _access_policy_rule_custom_condition
from . import device_access_policy_rule_condition as _device_access_policy_rule_condition
from . import platform_policy_rule_condition as _platform_policy_rule_condition
from . import policy_network_condition as _policy_network_condition
from . import policy_people_condition as _policy_people_condition
from . import risk_score_policy_rule_condition as _risk_score_policy_rule_condition
from . import user_type_condition as _user_type_condition

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_rule_custom_condition import AccessPolicyRuleCustomCondition
    from .device_access_policy_rule_condition import DeviceAccessPolicyRuleCondition
    from .platform_policy_rule_condition import PlatformPolicyRuleCondition
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .risk_score_policy_rule_condition import RiskScorePolicyRuleCondition
    from .user_type_condition import UserTypeCondition


@_attrs_define(kw_only=True)
class AccessPolicyRuleConditions(OktaModel):
    """An Okta `AccessPolicyRuleConditions`.

    Attributes:
        device: <x-lifecycle class="oie"></x-lifecycle> Specifies the device condition to match on
        el_condition (`elCondition`): Specifies [Okta Expression
            Language](https://developer.okta.com/docs/reference/okta-expression-language-in-identity-engine/)
            expressions
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        people: Specifies the users and groups that are included or excluded by the policy rule
        platform: Specifies a particular platform or device to match on
        risk_score (`riskScore`): Specifies a particular level of risk to match on
        user_type (`userType`): <x-lifecycle class="oie"></x-lifecycle> Specifies which user types to include and/or
            exclude
    """

    _json_names: ClassVar[dict[str, str]] = {
        "device": "device",
        "elCondition": "el_condition",
        "network": "network",
        "people": "people",
        "platform": "platform",
        "riskScore": "risk_score",
        "userType": "user_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device": "model",
        "el_condition": "model",
        "network": "model",
        "people": "model",
        "platform": "model",
        "risk_score": "model",
        "user_type": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device": lambda d: (
            _device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition.from_json(v)
            if (v := d.get("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition, v)
        ),
        "el_condition": lambda d: (
            _access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition.from_json(v)
            if (v := d.get("elCondition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition, v)
        ),
        "network": lambda d: (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        ),
        "people": lambda d: (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        ),
        "platform": lambda d: (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_json(v)
            if (v := d.get("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)
        ),
        "risk_score": lambda d: (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_json(v)
            if (v := d.get("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)
        ),
        "user_type": lambda d: (
            _user_type_condition.UserTypeCondition.from_json(v)
            if (v := d.get("userType", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type_condition.UserTypeCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicyRuleConditions._json_names),
    }

    device: DeviceAccessPolicyRuleCondition | None | Unset = UNSET
    el_condition: AccessPolicyRuleCustomCondition | None | Unset = UNSET
    network: PolicyNetworkCondition | None | Unset = UNSET
    people: PolicyPeopleCondition | None | Unset = UNSET
    platform: PlatformPolicyRuleCondition | None | Unset = UNSET
    risk_score: RiskScorePolicyRuleCondition | None | Unset = UNSET
    user_type: UserTypeCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device is not UNSET:
            d["device"] = _convert.dump_model(self.device, omit_read_only)
        if self.el_condition is not UNSET:
            d["elCondition"] = _convert.dump_model(self.el_condition, omit_read_only)
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.platform is not UNSET:
            d["platform"] = _convert.dump_model(self.platform, omit_read_only)
        if self.risk_score is not UNSET:
            d["riskScore"] = _convert.dump_model(self.risk_score, omit_read_only)
        if self.user_type is not UNSET:
            d["userType"] = _convert.dump_model(self.user_type, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device = (
            _device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition.from_dict(v)
            if (v := d.pop("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition, v)
        )
        obj.el_condition = (
            _access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition.from_dict(v)
            if (v := d.pop("elCondition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition, v)
        )
        obj.network = (
            _policy_network_condition.PolicyNetworkCondition.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        )
        obj.people = (
            _policy_people_condition.PolicyPeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        )
        obj.platform = (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_dict(v)
            if (v := d.pop("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)
        )
        obj.risk_score = (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_dict(v)
            if (v := d.pop("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)
        )
        obj.user_type = (
            _user_type_condition.UserTypeCondition.from_dict(v)
            if (v := d.pop("userType", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type_condition.UserTypeCondition, v)
        )
        obj.additional_properties = d
        return obj
