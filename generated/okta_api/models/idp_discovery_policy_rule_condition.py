from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_and_instance_policy_rule_condition as _app_and_instance_policy_rule_condition
from . import idp_discovery_platform_policy_rule_condition as _idp_discovery_platform_policy_rule_condition
from . import policy_network_condition as _policy_network_condition
from . import user_identifier_policy_rule_condition as _user_identifier_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .app_and_instance_policy_rule_condition import AppAndInstancePolicyRuleCondition
    from .idp_discovery_platform_policy_rule_condition import IdpDiscoveryPlatformPolicyRuleCondition
    from .policy_network_condition import PolicyNetworkCondition
    from .user_identifier_policy_rule_condition import UserIdentifierPolicyRuleCondition


@_attrs_define(kw_only=True)
class IdpDiscoveryPolicyRuleCondition(OktaModel):
    """An Okta `IdpDiscoveryPolicyRuleCondition`.

    Attributes:
        app: Specifies apps to include or exclude. If `include` is empty, then the condition is met for
            all apps.
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        platform: Specifies a particular platform or device to match on
        user_identifier (`userIdentifier`): Specifies a user identifier condition to match on
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "network": "network",
        "platform": "platform",
        "userIdentifier": "user_identifier",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "network": "model",
        "platform": "model",
        "user_identifier": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": lambda d: (
            _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition, v)
        ),
        "network": lambda d: (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        ),
        "platform": lambda d: (
            _idp_discovery_platform_policy_rule_condition.IdpDiscoveryPlatformPolicyRuleCondition.from_json(v)
            if (v := d.get("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _idp_discovery_platform_policy_rule_condition.IdpDiscoveryPlatformPolicyRuleCondition, v
            )
        ),
        "user_identifier": lambda d: (
            _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_json(v)
            if (v := d.get("userIdentifier", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdpDiscoveryPolicyRuleCondition._json_names),
    }

    app: AppAndInstancePolicyRuleCondition | None | Unset = UNSET
    network: PolicyNetworkCondition | None | Unset = UNSET
    platform: IdpDiscoveryPlatformPolicyRuleCondition | None | Unset = UNSET
    user_identifier: UserIdentifierPolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.platform is not UNSET:
            d["platform"] = _convert.dump_model(self.platform, omit_read_only)
        if self.user_identifier is not UNSET:
            d["userIdentifier"] = _convert.dump_model(self.user_identifier, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app = (
            _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition, v)
        )
        obj.network = (
            _policy_network_condition.PolicyNetworkCondition.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        )
        obj.platform = (
            _idp_discovery_platform_policy_rule_condition.IdpDiscoveryPlatformPolicyRuleCondition.from_dict(v)
            if (v := d.pop("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _idp_discovery_platform_policy_rule_condition.IdpDiscoveryPlatformPolicyRuleCondition, v
            )
        )
        obj.user_identifier = (
            _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_dict(v)
            if (v := d.pop("userIdentifier", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition, v)
        )
        obj.additional_properties = d
        return obj
