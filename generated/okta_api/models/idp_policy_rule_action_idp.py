from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import idp_policy_rule_action_match_criteria as _idp_policy_rule_action_match_criteria
from . import idp_policy_rule_action_provider as _idp_policy_rule_action_provider
from .idp_selection_type import IdpSelectionType

if TYPE_CHECKING:
    from typing import Self

    from .idp_policy_rule_action_match_criteria import IdpPolicyRuleActionMatchCriteria
    from .idp_policy_rule_action_provider import IdpPolicyRuleActionProvider


def _parse_providers(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _idp_policy_rule_action_provider.IdpPolicyRuleActionProvider.from_json
        if lazy
        else _idp_policy_rule_action_provider.IdpPolicyRuleActionProvider.from_dict,
        v,
    )


_parse_idp_selection_type = _convert.enum_parser(IdpSelectionType)


def _parse_match_criteria(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _idp_policy_rule_action_match_criteria.IdpPolicyRuleActionMatchCriteria.from_json
        if lazy
        else _idp_policy_rule_action_match_criteria.IdpPolicyRuleActionMatchCriteria.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "providers": ("providers", _parse_providers),
        "idp_selection_type": ("idpSelectionType", _parse_idp_selection_type),
        "match_criteria": ("matchCriteria", _parse_match_criteria),
        "should_fall_back_to_okta": ("shouldFallBackToOkta", None),
    }

    providers: list[IdpPolicyRuleActionProvider] | None = _attrs_field(init=False)
    idp_selection_type: IdpSelectionType | None = _attrs_field(init=False)
    match_criteria: list[IdpPolicyRuleActionMatchCriteria] | None = _attrs_field(init=False)
    should_fall_back_to_okta: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        providers: list[IdpPolicyRuleActionProvider] | None | Unset = UNSET,
        idp_selection_type: IdpSelectionType | None | Unset = UNSET,
        match_criteria: list[IdpPolicyRuleActionMatchCriteria] | None | Unset = UNSET,
        should_fall_back_to_okta: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if providers is not UNSET:
            _set_field(self, "providers", providers)
        if idp_selection_type is not UNSET:
            _set_field(self, "idp_selection_type", idp_selection_type)
        if match_criteria is not UNSET:
            _set_field(self, "match_criteria", match_criteria)
        if should_fall_back_to_okta is not UNSET:
            _set_field(self, "should_fall_back_to_okta", should_fall_back_to_okta)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("providers", UNSET)) is not UNSET:
            d["providers"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("idp_selection_type", UNSET)) is not UNSET:
            d["idpSelectionType"] = v
        if (v := values.get("match_criteria", UNSET)) is not UNSET:
            d["matchCriteria"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("should_fall_back_to_okta", UNSET)) is not UNSET:
            d["shouldFallBackToOkta"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("providers", UNSET)) is not UNSET:
            obj.providers = _parse_providers(v, False)
        if (v := d.pop("idpSelectionType", UNSET)) is not UNSET:
            obj.idp_selection_type = _parse_idp_selection_type(v, False)
        if (v := d.pop("matchCriteria", UNSET)) is not UNSET:
            obj.match_criteria = _parse_match_criteria(v, False)
        if (v := d.pop("shouldFallBackToOkta", UNSET)) is not UNSET:
            obj.should_fall_back_to_okta = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
