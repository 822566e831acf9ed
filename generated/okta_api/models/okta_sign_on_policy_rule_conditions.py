from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_policy_rule_condition as _identity_provider_policy_rule_condition
from . import policy_network_condition as _policy_network_condition
from . import policy_people_condition as _policy_people_condition
from . import policy_rule_auth_context_condition as _policy_rule_auth_context_condition

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_policy_rule_condition import IdentityProviderPolicyRuleCondition
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .policy_rule_auth_context_condition import PolicyRuleAuthContextCondition


@_attrs_define(kw_only=True)
class OktaSignOnPolicyRuleConditions(OktaModel):
    """An Okta `OktaSignOnPolicyRuleConditions`.

    Attributes:
        auth_context (`authContext`): Specifies an authentication entry point
        identity_provider (`identityProvider`): Specifies the IdP that's used to sign in
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        people: Specifies the users and groups that are included or excluded by the policy rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authContext": "auth_context",
        "identityProvider": "identity_provider",
        "network": "network",
        "people": "people",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_context": "model",
        "identity_provider": "model",
        "network": "model",
        "people": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_context": lambda d: (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_json(v)
            if (v := d.get("authContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)
        ),
        "identity_provider": lambda d: (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_json(v)
            if (v := d.get("identityProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)
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
        "additional_properties": lambda d: _convert.undeclared(d, OktaSignOnPolicyRuleConditions._json_names),
    }

    auth_context: PolicyRuleAuthContextCondition | None | Unset = UNSET
    identity_provider: IdentityProviderPolicyRuleCondition | None | Unset = UNSET
    network: PolicyNetworkCondition | None | Unset = UNSET
    people: PolicyPeopleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_context is not UNSET:
            d["authContext"] = _convert.dump_model(self.auth_context, omit_read_only)
        if self.identity_provider is not UNSET:
            d["identityProvider"] = _convert.dump_model(self.identity_provider, omit_read_only)
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_context = (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_dict(v)
            if (v := d.pop("authContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)
        )
        obj.identity_provider = (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_dict(v)
            if (v := d.pop("identityProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)
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
        obj.additional_properties = d
        return obj
