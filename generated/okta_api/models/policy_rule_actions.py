from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idp_policy_rule_action as _idp_policy_rule_action
from . import okta_sign_on_policy_rule_signon_actions as _okta_sign_on_policy_rule_signon_actions
from . import password_policy_rule_action as _password_policy_rule_action
from . import policy_rule_actions_enroll as _policy_rule_actions_enroll

if TYPE_CHECKING:
    from typing import Self

    from .idp_policy_rule_action import IdpPolicyRuleAction
    from .okta_sign_on_policy_rule_signon_actions import OktaSignOnPolicyRuleSignonActions
    from .password_policy_rule_action import PasswordPolicyRuleAction
    from .policy_rule_actions_enroll import PolicyRuleActionsEnroll


@_attrs_define(kw_only=True)
class PolicyRuleActions(OktaModel):
    """An Okta `PolicyRuleActions`.

    Attributes:
        enroll: PolicyRuleActionsEnroll
        idp: IdpPolicyRuleAction
        password_change (`passwordChange`): PasswordPolicyRuleAction
        self_service_password_reset (`selfServicePasswordReset`): PasswordPolicyRuleAction
        self_service_unlock (`selfServiceUnlock`): PasswordPolicyRuleAction
        signon: OktaSignOnPolicyRuleSignonActions
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enroll": "enroll",
        "idp": "idp",
        "passwordChange": "password_change",
        "selfServicePasswordReset": "self_service_password_reset",
        "selfServiceUnlock": "self_service_unlock",
        "signon": "signon",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enroll": "model",
        "idp": "model",
        "password_change": "model",
        "self_service_password_reset": "model",
        "self_service_unlock": "model",
        "signon": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enroll": lambda d: (
            _policy_rule_actions_enroll.PolicyRuleActionsEnroll.from_json(v)
            if (v := d.get("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_actions_enroll.PolicyRuleActionsEnroll, v)
        ),
        "idp": lambda d: (
            _idp_policy_rule_action.IdpPolicyRuleAction.from_json(v)
            if (v := d.get("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idp_policy_rule_action.IdpPolicyRuleAction, v)
        ),
        "password_change": lambda d: (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if (v := d.get("passwordChange", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        ),
        "self_service_password_reset": lambda d: (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if (v := d.get("selfServicePasswordReset", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        ),
        "self_service_unlock": lambda d: (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if (v := d.get("selfServiceUnlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        ),
        "signon": lambda d: (
            _okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions.from_json(v)
            if (v := d.get("signon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyRuleActions._json_names),
    }

    enroll: PolicyRuleActionsEnroll | None | Unset = UNSET
    idp: IdpPolicyRuleAction | None | Unset = UNSET
    password_change: PasswordPolicyRuleAction | None | Unset = UNSET
    self_service_password_reset: PasswordPolicyRuleAction | None | Unset = UNSET
    self_service_unlock: PasswordPolicyRuleAction | None | Unset = UNSET
    signon: OktaSignOnPolicyRuleSignonActions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enroll is not UNSET:
            d["enroll"] = _convert.dump_model(self.enroll, omit_read_only)
        if self.idp is not UNSET:
            d["idp"] = _convert.dump_model(self.idp, omit_read_only)
        if self.password_change is not UNSET:
            d["passwordChange"] = _convert.dump_model(self.password_change, omit_read_only)
        if self.self_service_password_reset is not UNSET:
            d["selfServicePasswordReset"] = _convert.dump_model(self.self_service_password_reset, omit_read_only)
        if self.self_service_unlock is not UNSET:
            d["selfServiceUnlock"] = _convert.dump_model(self.self_service_unlock, omit_read_only)
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
        obj.enroll = (
            _policy_rule_actions_enroll.PolicyRuleActionsEnroll.from_dict(v)
            if (v := d.pop("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_actions_enroll.PolicyRuleActionsEnroll, v)
        )
        obj.idp = (
            _idp_policy_rule_action.IdpPolicyRuleAction.from_dict(v)
            if (v := d.pop("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idp_policy_rule_action.IdpPolicyRuleAction, v)
        )
        obj.password_change = (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
            if (v := d.pop("passwordChange", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        )
        obj.self_service_password_reset = (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
            if (v := d.pop("selfServicePasswordReset", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        )
        obj.self_service_unlock = (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
            if (v := d.pop("selfServiceUnlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)
        )
        obj.signon = (
            _okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions.from_dict(v)
            if (v := d.pop("signon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_rule_signon_actions.OktaSignOnPolicyRuleSignonActions, v)
        )
        obj.additional_properties = d
        return obj
