from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_device(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition.from_json(v)
            if lazy
            else _device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_device_access_policy_rule_condition.DeviceAccessPolicyRuleCondition, v)


def _parse_el_condition(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition.from_json(v)
            if lazy
            else _access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition.from_dict(v)
        )
    return _convert.parse_model(_access_policy_rule_custom_condition.AccessPolicyRuleCustomCondition, v)


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if lazy
            else _policy_network_condition.PolicyNetworkCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)


def _parse_people(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if lazy
            else _policy_people_condition.PolicyPeopleCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)


def _parse_platform(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_json(v)
            if lazy
            else _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)


def _parse_risk_score(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_json(v)
            if lazy
            else _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)


def _parse_user_type(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_type_condition.UserTypeCondition.from_json(v)
            if lazy
            else _user_type_condition.UserTypeCondition.from_dict(v)
        )
    return _convert.parse_model(_user_type_condition.UserTypeCondition, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "device": ("device", _parse_device),
        "el_condition": ("elCondition", _parse_el_condition),
        "network": ("network", _parse_network),
        "people": ("people", _parse_people),
        "platform": ("platform", _parse_platform),
        "risk_score": ("riskScore", _parse_risk_score),
        "user_type": ("userType", _parse_user_type),
    }

    device: DeviceAccessPolicyRuleCondition | None = _attrs_field(init=False)
    el_condition: AccessPolicyRuleCustomCondition | None = _attrs_field(init=False)
    network: PolicyNetworkCondition | None = _attrs_field(init=False)
    people: PolicyPeopleCondition | None = _attrs_field(init=False)
    platform: PlatformPolicyRuleCondition | None = _attrs_field(init=False)
    risk_score: RiskScorePolicyRuleCondition | None = _attrs_field(init=False)
    user_type: UserTypeCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device: DeviceAccessPolicyRuleCondition | None | Unset = UNSET,
        el_condition: AccessPolicyRuleCustomCondition | None | Unset = UNSET,
        network: PolicyNetworkCondition | None | Unset = UNSET,
        people: PolicyPeopleCondition | None | Unset = UNSET,
        platform: PlatformPolicyRuleCondition | None | Unset = UNSET,
        risk_score: RiskScorePolicyRuleCondition | None | Unset = UNSET,
        user_type: UserTypeCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device is not UNSET:
            _set_field(self, "device", device)
        if el_condition is not UNSET:
            _set_field(self, "el_condition", el_condition)
        if network is not UNSET:
            _set_field(self, "network", network)
        if people is not UNSET:
            _set_field(self, "people", people)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if risk_score is not UNSET:
            _set_field(self, "risk_score", risk_score)
        if user_type is not UNSET:
            _set_field(self, "user_type", user_type)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device", UNSET)) is not UNSET:
            d["device"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("el_condition", UNSET)) is not UNSET:
            d["elCondition"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("people", UNSET)) is not UNSET:
            d["people"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk_score", UNSET)) is not UNSET:
            d["riskScore"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_type", UNSET)) is not UNSET:
            d["userType"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = _parse_device(v, False)
        if (v := d.pop("elCondition", UNSET)) is not UNSET:
            obj.el_condition = _parse_el_condition(v, False)
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("people", UNSET)) is not UNSET:
            obj.people = _parse_people(v, False)
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("riskScore", UNSET)) is not UNSET:
            obj.risk_score = _parse_risk_score(v, False)
        if (v := d.pop("userType", UNSET)) is not UNSET:
            obj.user_type = _parse_user_type(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
