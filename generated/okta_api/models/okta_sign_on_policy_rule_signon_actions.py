from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_sign_on_policy_rule_signon_session_actions as _okta_sign_on_policy_rule_signon_session_actions
from .okta_sign_on_policy_factor_prompt_mode import OktaSignOnPolicyFactorPromptMode
from .okta_sign_on_policy_rule_signon_actions_access import OktaSignOnPolicyRuleSignonActionsAccess
from .okta_sign_on_policy_rule_signon_primary_factor import OktaSignOnPolicyRuleSignonPrimaryFactor

if TYPE_CHECKING:
    from typing import Self

    from .okta_sign_on_policy_rule_signon_session_actions import OktaSignOnPolicyRuleSignonSessionActions


@_attrs_define(kw_only=True)
class OktaSignOnPolicyRuleSignonActions(OktaModel):
    """Specifies settings for the policy rule

    Attributes:
        access: Indicates if a user is allowed to sign in
        factor_lifetime (`factorLifetime`): Interval of time that must elapse before the user is challenged for MFA, if the factor
            prompt mode is set to `SESSION`

            > **Note:** Required only if `requireFactor` is `true`.
        factor_prompt_mode (`factorPromptMode`): Indicates if the user is challenged for a second factor (MFA) based on the device used, a
            factor session lifetime expiration, or on every sign-in attempt.

            If the [Behavior](https://help.okta.com/okta_help.htm?type=oie&id=behavior-detection-type)
            of the global session policy includes the **New Device** behavior type, then
            `requireFactor` must be `false` or `factorPromptMode` must be `ALWAYS`.

            > **Note:** Required only if `requireFactor` is set to `true`.
        primary_factor (`primaryFactor`): <x-lifecycle class="oie"></x-lifecycle> Indicates the primary factor used to establish a
            session for the org. Supported values: `PASSWORD_IDP_ANY_FACTOR` (users can use any factor
            required by the app's app sign-in policy to establish a session), `PASSWORD_IDP` (users
            must always use a password to establish a session).

            > **Note:** Required only if `access` is set to `ALLOW`.
        remember_device_by_default (`rememberDeviceByDefault`): Indicates if Okta should automatically remember the device
        require_factor (`requireFactor`): Indicates if multifactor authentication is required
        session: Properties governing the user's session lifetime
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access": "access",
        "factorLifetime": "factor_lifetime",
        "factorPromptMode": "factor_prompt_mode",
        "primaryFactor": "primary_factor",
        "rememberDeviceByDefault": "remember_device_by_default",
        "requireFactor": "require_factor",
        "session": "session",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access": "enum",
        "factor_lifetime": "int",
        "factor_prompt_mode": "enum",
        "primary_factor": "enum",
        "remember_device_by_default": "bool",
        "require_factor": "bool",
        "session": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access": lambda d: (
            _convert.parse_enum(OktaSignOnPolicyRuleSignonActionsAccess, v)
            if (v := d.get("access", UNSET)).__class__ is str
            else v
        ),
        "factor_lifetime": "factorLifetime",
        "factor_prompt_mode": lambda d: (
            _convert.parse_enum(OktaSignOnPolicyFactorPromptMode, v)
            if (v := d.get("factorPromptMode", UNSET)).__class__ is str
            else v
        ),
        "primary_factor": lambda d: (
            _convert.parse_enum(OktaSignOnPolicyRuleSignonPrimaryFactor, v)
            if (v := d.get("primaryFactor", UNSET)).__class__ is str
            else v
        ),
        "remember_device_by_default": "rememberDeviceByDefault",
        "require_factor": "requireFactor",
        "session": lambda d: (
            _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions.from_json(v)
            if (v := d.get("session", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaSignOnPolicyRuleSignonActions._json_names),
    }

    access: OktaSignOnPolicyRuleSignonActionsAccess | None | Unset = UNSET
    factor_lifetime: int | None | Unset = UNSET
    factor_prompt_mode: OktaSignOnPolicyFactorPromptMode | None | Unset = UNSET
    primary_factor: OktaSignOnPolicyRuleSignonPrimaryFactor | None | Unset = UNSET
    remember_device_by_default: bool | None | Unset = UNSET
    require_factor: bool | None | Unset = UNSET
    session: OktaSignOnPolicyRuleSignonSessionActions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access is not UNSET:
            d["access"] = self.access
        if self.factor_lifetime is not UNSET:
            d["factorLifetime"] = self.factor_lifetime
        if self.factor_prompt_mode is not UNSET:
            d["factorPromptMode"] = self.factor_prompt_mode
        if self.primary_factor is not UNSET:
            d["primaryFactor"] = self.primary_factor
        if self.remember_device_by_default is not UNSET:
            d["rememberDeviceByDefault"] = self.remember_device_by_default
        if self.require_factor is not UNSET:
            d["requireFactor"] = self.require_factor
        if self.session is not UNSET:
            d["session"] = _convert.dump_model(self.session, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access = (
            _convert.parse_enum(OktaSignOnPolicyRuleSignonActionsAccess, v)
            if (v := d.pop("access", UNSET)).__class__ is str
            else v
        )
        obj.factor_lifetime = d.pop("factorLifetime", UNSET)
        obj.factor_prompt_mode = (
            _convert.parse_enum(OktaSignOnPolicyFactorPromptMode, v)
            if (v := d.pop("factorPromptMode", UNSET)).__class__ is str
            else v
        )
        obj.primary_factor = (
            _convert.parse_enum(OktaSignOnPolicyRuleSignonPrimaryFactor, v)
            if (v := d.pop("primaryFactor", UNSET)).__class__ is str
            else v
        )
        obj.remember_device_by_default = d.pop("rememberDeviceByDefault", UNSET)
        obj.require_factor = d.pop("requireFactor", UNSET)
        obj.session = (
            _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions.from_dict(v)
            if (v := d.pop("session", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions, v
            )
        )
        obj.additional_properties = d
        return obj
