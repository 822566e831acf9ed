from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import okta_sign_on_policy_rule_signon_actions as _okta_sign_on_policy_rule_signon_actions
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .okta_sign_on_policy_rule_signon_actions import OktaSignOnPolicyRuleSignonActions


@_attrs_define(kw_only=True)
class OktaSignOnPolicyRuleActions(PolicyRuleActions):
    """An Okta `OktaSignOnPolicyRuleActions`.

    Attributes:
        signon: Specifies settings for the policy rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signon": "signon",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signon": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signon": lambda d: (
            _okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions.from_json(v)
            if (v := d.get("signon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaSignOnPolicyRuleActions._json_names),
    }

    signon: OktaSignOnPolicyRuleSignonActions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signon is not UNSET:
            d["signon"] = _convert.dump_model(self.signon, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.signon = (
            _okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions.from_dict(v)
            if (v := d.pop("signon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions, v)
        )
        obj.additional_properties = d
        return obj
