from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idp_policy_rule_action_provider as _idp_policy_rule_action_provider

if TYPE_CHECKING:
    from typing import Self

    from .idp_policy_rule_action_provider import IdpPolicyRuleActionProvider


@_attrs_define(kw_only=True)
class IdpPolicyRuleAction(OktaModel):
    """An Okta `IdpPolicyRuleAction`.

    Attributes:
        providers: list[IdpPolicyRuleActionProvider]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "providers": "providers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "providers": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "providers": lambda d: _convert.parse_model_list(
            _idp_policy_rule_action_provider.IdpPolicyRuleActionProvider.from_json, d.get("providers", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdpPolicyRuleAction._json_names),
    }

    providers: list[IdpPolicyRuleActionProvider] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.providers is not UNSET:
            d["providers"] = _convert.dump_model_list(self.providers, omit_read_only)
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
        obj.additional_properties = d
        return obj
