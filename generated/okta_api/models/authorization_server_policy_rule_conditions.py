from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import client_policy_condition as _client_policy_condition
from . import grant_type_policy_rule_condition as _grant_type_policy_rule_condition
from . import o_auth_2_scopes_mediation_policy_rule_condition as _o_auth_2_scopes_mediation_policy_rule_condition
from . import policy_people_condition as _policy_people_condition

if TYPE_CHECKING:
    from typing import Self

    from .client_policy_condition import ClientPolicyCondition
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition
    from .policy_people_condition import PolicyPeopleCondition


@_attrs_define(kw_only=True)
class AuthorizationServerPolicyRuleConditions(OktaModel):
    """An Okta `AuthorizationServerPolicyRuleConditions`.

    Attributes:
        clients: ClientPolicyCondition
        grant_types (`grantTypes`): GrantTypePolicyRuleCondition
        people: PolicyPeopleCondition
        scopes: OAuth2ScopesMediationPolicyRuleCondition
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clients": "clients",
        "grantTypes": "grant_types",
        "people": "people",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "clients": "model",
        "grant_types": "model",
        "people": "model",
        "scopes": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "clients": lambda d: (
            _client_policy_condition.ClientPolicyCondition.from_json(v)
            if (v := d.get("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        ),
        "grant_types": lambda d: (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_json(v)
            if (v := d.get("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        ),
        "people": lambda d: (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        ),
        "scopes": lambda d: (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_json(v)
            if (v := d.get("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerPolicyRuleConditions._json_names),
    }

    clients: ClientPolicyCondition | None | Unset = UNSET
    grant_types: GrantTypePolicyRuleCondition | None | Unset = UNSET
    people: PolicyPeopleCondition | None | Unset = UNSET
    scopes: OAuth2ScopesMediationPolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.clients is not UNSET:
            d["clients"] = _convert.dump_model(self.clients, omit_read_only)
        if self.grant_types is not UNSET:
            d["grantTypes"] = _convert.dump_model(self.grant_types, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = _convert.dump_model(self.scopes, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.clients = (
            _client_policy_condition.ClientPolicyCondition.from_dict(v)
            if (v := d.pop("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        )
        obj.grant_types = (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_dict(v)
            if (v := d.pop("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        )
        obj.people = (
            _policy_people_condition.PolicyPeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        )
        obj.scopes = (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_dict(v)
            if (v := d.pop("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
            )
        )
        obj.additional_properties = d
        return obj
