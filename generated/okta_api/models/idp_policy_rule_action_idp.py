from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idp_policy_rule_action_match_criteria as _idp_policy_rule_action_match_criteria
from . import idp_policy_rule_action_provider as _idp_policy_rule_action_provider
from .idp_selection_type import IdpSelectionType

if TYPE_CHECKING:
    from typing import Self

    from .idp_policy_rule_action_match_criteria import IdpPolicyRuleActionMatchCriteria
    from .idp_policy_rule_action_provider import IdpPolicyRuleActionProvider


@_attrs_define(kw_only=True)
class IdpPolicyRuleActionIdp(OktaModel):
    """Specifies IdP settings

    Attributes:
        providers: List of configured identity providers that a given rule can route to. Ability to define
            multiple providers is a part of the Identity Engine. This allows users to choose a
            provider when they sign in. Contact support for information on the Identity Engine.
        idp_selection_type (`idpSelectionType`): Determines whether the rule should use expression language or a specific IdP
        match_criteria (`matchCriteria`): Required if `idpSelectionType` is set to `DYNAMIC`
        should_fall_back_to_okta (`shouldFallBackToOkta`): <x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Specifies whether to fall back to `OKTA`
            if authentication with the configured identity provider fails
    """

    _json_names: ClassVar[dict[str, str]] = {
        "providers": "providers",
        "idpSelectionType": "idp_selection_type",
        "matchCriteria": "match_criteria",
        "shouldFallBackToOkta": "should_fall_back_to_okta",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "providers": "list:model",
        "idp_selection_type": "enum",
        "match_criteria": "list:model",
        "should_fall_back_to_okta": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "providers": lambda d: _convert.parse_model_list(
            _idp_policy_rule_action_provider.IdpPolicyRuleActionProvider.from_json, d.get("providers", UNSET)
        ),
        "idp_selection_type": lambda d: (
            _convert.parse_enum(IdpSelectionType, v) if (v := d.get("idpSelectionType", UNSET)).__class__ is str else v
        ),
        "match_criteria": lambda d: _convert.parse_model_list(
            _idp_policy_rule_action_match_criteria.IdpPolicyRuleActionMatchCriteria.from_json,
            d.get("matchCriteria", UNSET),
        ),
        "should_fall_back_to_okta": "shouldFallBackToOkta",
        "additional_properties": lambda d: _convert.undeclared(d, IdpPolicyRuleActionIdp._json_names),
    }

    providers: list[IdpPolicyRuleActionProvider] | None | Unset = UNSET
    idp_selection_type: IdpSelectionType | None | Unset = UNSET
    match_criteria: list[IdpPolicyRuleActionMatchCriteria] | None | Unset = UNSET
    should_fall_back_to_okta: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.providers is not UNSET:
            d["providers"] = _convert.dump_model_list(self.providers, omit_read_only)
        if self.idp_selection_type is not UNSET:
            d["idpSelectionType"] = self.idp_selection_type
        if self.match_criteria is not UNSET:
            d["matchCriteria"] = _convert.dump_model_list(self.match_criteria, omit_read_only)
        if self.should_fall_back_to_okta is not UNSET:
            d["shouldFallBackToOkta"] = self.should_fall_back_to_okta
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.providers = _convert.parse_model_list(
            _idp_policy_rule_action_provider.IdpPolicyRuleActionProvider.from_dict, d.pop("providers", UNSET)
        )
        obj.idp_selection_type = (
            _convert.parse_enum(IdpSelectionType, v) if (v := d.pop("idpSelectionType", UNSET)).__class__ is str else v
        )
        obj.match_criteria = _convert.parse_model_list(
            _idp_policy_rule_action_match_criteria.IdpPolicyRuleActionMatchCriteria.from_dict,
            d.pop("matchCriteria", UNSET),
        )
        obj.should_fall_back_to_okta = d.pop("shouldFallBackToOkta", UNSET)
        obj.additional_properties = d
        return obj
