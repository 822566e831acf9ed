from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import password_policy_rule_action as _password_policy_rule_action
from . import self_service_password_reset_action as _self_service_password_reset_action
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_rule_action import PasswordPolicyRuleAction
    from .self_service_password_reset_action import SelfServicePasswordResetAction


@_attrs_define(kw_only=True)
class PasswordPolicyRuleActions(PolicyRuleActions):
    """An Okta `PasswordPolicyRuleActions`.

    Attributes:
        password_change (`passwordChange`): Indicates if a password can be changed
        self_service_password_reset (`selfServicePasswordReset`): Enables or disables users to reset their own password and defines the authenticators and
            constraints needed to complete the reset
        self_service_unlock (`selfServiceUnlock`): Indicates if a password can be changed
    """

    _json_names: ClassVar[dict[str, str]] = {
        "passwordChange": "password_change",
        "selfServicePasswordReset": "self_service_password_reset",
        "selfServiceUnlock": "self_service_unlock",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password_change": "model",
        "self_service_password_reset": "model",
        "self_service_unlock": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password_change": lambda d: (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if (v := d.get("passwordChange", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        ),
        "self_service_password_reset": lambda d: (
            _self_service_password_reset_action.SelfServicePasswordResetAction.from_json(v)
            if (v := d.get("selfServicePasswordReset", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_self_service_password_reset_action.SelfServicePasswordResetAction, v)
        ),
        "self_service_unlock": lambda d: (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if (v := d.get("selfServiceUnlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRuleActions._json_names),
    }

    password_change: PasswordPolicyRuleAction | None | Unset = UNSET
    self_service_password_reset: SelfServicePasswordResetAction | None | Unset = UNSET
    self_service_unlock: PasswordPolicyRuleAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password_change is not UNSET:
            d["passwordChange"] = _convert.dump_model(self.password_change, omit_read_only)
        if self.self_service_password_reset is not UNSET:
            d["selfServicePasswordReset"] = _convert.dump_model(self.self_service_password_reset, omit_read_only)
        if self.self_service_unlock is not UNSET:
            d["selfServiceUnlock"] = _convert.dump_model(self.self_service_unlock, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password_change = (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
            if (v := d.pop("passwordChange", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        )
        obj.self_service_password_reset = (
            _self_service_password_reset_action.SelfServicePasswordResetAction.from_dict(v)
            if (v := d.pop("selfServicePasswordReset", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_self_service_password_reset_action.SelfServicePasswordResetAction, v)
        )
        obj.self_service_unlock = (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
            if (v := d.pop("selfServiceUnlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        )
        obj.additional_properties = d
        return obj
