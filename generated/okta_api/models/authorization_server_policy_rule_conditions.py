from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authorization_server_policy_people_condition as _authorization_server_policy_people_condition
from . import grant_type_policy_rule_condition as _grant_type_policy_rule_condition
from . import o_auth_2_scopes_mediation_policy_rule_condition as _o_auth_2_scopes_mediation_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .authorization_server_policy_people_condition import AuthorizationServerPolicyPeopleCondition
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition


def _parse_grant_types(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_json(v)
            if lazy
            else _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)


def _parse_people(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition.from_json(v)
            if lazy
            else _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition.from_dict(v)
        )
    return _convert.parse_model(
        _authorization_server_policy_people_condition.AuthorizationServerPolicyPeopleCondition, v
    )


def _parse_scopes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_json(v)
            if lazy
            else _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(
        _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "grant_types": ("grantTypes", _parse_grant_types),
        "people": ("people", _parse_people),
        "scopes": ("scopes", _parse_scopes),
    }

    grant_types: GrantTypePolicyRuleCondition | None = _attrs_field(init=False)
    people: AuthorizationServerPolicyPeopleCondition | None = _attrs_field(init=False)
    scopes: OAuth2ScopesMediationPolicyRuleCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        grant_types: GrantTypePolicyRuleCondition | None | Unset = UNSET,
        people: AuthorizationServerPolicyPeopleCondition | None | Unset = UNSET,
        scopes: OAuth2ScopesMediationPolicyRuleCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if grant_types is not UNSET:
            _set_field(self, "grant_types", grant_types)
        if people is not UNSET:
            _set_field(self, "people", people)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("grant_types", UNSET)) is not UNSET:
            d["grantTypes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("people", UNSET)) is not UNSET:
            d["people"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("grantTypes", UNSET)) is not UNSET:
            obj.grant_types = _parse_grant_types(v, False)
        if (v := d.pop("people", UNSET)) is not UNSET:
            obj.people = _parse_people(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = _parse_scopes(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
