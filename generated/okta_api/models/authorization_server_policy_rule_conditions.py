from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authorization_server_policy_people_condition as _authorization_server_policy_people_condition
from . import grant_type_policy_rule_condition as _grant_type_policy_rule_condition
from . import o_auth_2_scopes_mediation_policy_rule_condition as _o_auth_2_scopes_mediation_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .authorization_server_policy_people_condition import AuthorizationServerPolicyPeopleCondition
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition


@_attrs_define(kw_only=True)
class AuthorizationServerPolicyRuleConditions(OktaModel):
    """An Okta `AuthorizationServerPolicyRuleConditions`.

    Attributes:
        grant_types (`grantTypes`): Array of grant types that this condition includes. Determines the mechanism that Okta uses
            to authorize the creation of the tokens.
        people: Identifies Users and Groups that are used together
        scopes: Array of scopes that the condition includes
    """

    _json_names: ClassVar[dict[str, str]] = {
        "grantTypes": "grant_types",
        "people": "people",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "grant_types": "model",
        "people": "model",
        "scopes": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "grant_types": lambda d: (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_json(v)
            if (v := d.get("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        ),
        "people": lambda d: (
            _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition, v
            )
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

    grant_types: GrantTypePolicyRuleCondition | None | Unset = UNSET
    people: AuthorizationServerPolicyPeopleCondition | None | Unset = UNSET
    scopes: OAuth2ScopesMediationPolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.grant_types = (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_dict(v)
            if (v := d.pop("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        )
        obj.people = (
            _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition, v
            )
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
