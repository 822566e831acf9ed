from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_sign_on_policy_rule_signon_session_actions as _okta_sign_on_policy_rule_signon_session_actions
from .okta_sign_on_policy_factor_prompt_mode import OktaSignOnPolicyFactorPromptMode
from .okta_sign_on_policy_rule_signon_actions_access import OktaSignOnPolicyRuleSignonActionsAccess
from .okta_sign_on_policy_rule_signon_primary_factor import OktaSignOnPolicyRuleSignonPrimaryFactor

if TYPE_CHECKING:
    from typing import Self

    from .okta_sign_on_policy_rule_signon_session_actions import OktaSignOnPolicyRuleSignonSessionActions


_parse_access = _convert.enum_parser(OktaSignOnPolicyRuleSignonActionsAccess)

_parse_factor_prompt_mode = _convert.enum_parser(OktaSignOnPolicyFactorPromptMode)

_parse_primary_factor = _convert.enum_parser(OktaSignOnPolicyRuleSignonPrimaryFactor)


def _parse_session(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions.from_json(v)
            if lazy
            else _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions.from_dict(v)
        )
    return _convert.parse_model(
        _okta_sign_on_policy_rule_signon_session_actions.OktaSignOnPolicyRuleSignonSessionActions, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access": ("access", _parse_access),
        "factor_lifetime": ("factorLifetime", None),
        "factor_prompt_mode": ("factorPromptMode", _parse_factor_prompt_mode),
        "primary_factor": ("primaryFactor", _parse_primary_factor),
        "remember_device_by_default": ("rememberDeviceByDefault", None),
        "require_factor": ("requireFactor", None),
        "session": ("session", _parse_session),
    }

    access: OktaSignOnPolicyRuleSignonActionsAccess | None = _attrs_field(init=False)
    factor_lifetime: int | None = _attrs_field(init=False)
    factor_prompt_mode: OktaSignOnPolicyFactorPromptMode | None = _attrs_field(init=False)
    primary_factor: OktaSignOnPolicyRuleSignonPrimaryFactor | None = _attrs_field(init=False)
    remember_device_by_default: bool | None = _attrs_field(init=False)
    require_factor: bool | None = _attrs_field(init=False)
    session: OktaSignOnPolicyRuleSignonSessionActions | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access: OktaSignOnPolicyRuleSignonActionsAccess | None | Unset = UNSET,
        factor_lifetime: int | None | Unset = UNSET,
        factor_prompt_mode: OktaSignOnPolicyFactorPromptMode | None | Unset = UNSET,
        primary_factor: OktaSignOnPolicyRuleSignonPrimaryFactor | None | Unset = UNSET,
        remember_device_by_default: bool | None | Unset = UNSET,
        require_factor: bool | None | Unset = UNSET,
        session: OktaSignOnPolicyRuleSignonSessionActions | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access is not UNSET:
            _set_field(self, "access", access)
        if factor_lifetime is not UNSET:
            _set_field(self, "factor_lifetime", factor_lifetime)
        if factor_prompt_mode is not UNSET:
            _set_field(self, "factor_prompt_mode", factor_prompt_mode)
        if primary_factor is not UNSET:
            _set_field(self, "primary_factor", primary_factor)
        if remember_device_by_default is not UNSET:
            _set_field(self, "remember_device_by_default", remember_device_by_default)
        if require_factor is not UNSET:
            _set_field(self, "require_factor", require_factor)
        if session is not UNSET:
            _set_field(self, "session", session)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access", UNSET)) is not UNSET:
            d["access"] = v
        if (v := values.get("factor_lifetime", UNSET)) is not UNSET:
            d["factorLifetime"] = v
        if (v := values.get("factor_prompt_mode", UNSET)) is not UNSET:
            d["factorPromptMode"] = v
        if (v := values.get("primary_factor", UNSET)) is not UNSET:
            d["primaryFactor"] = v
        if (v := values.get("remember_device_by_default", UNSET)) is not UNSET:
            d["rememberDeviceByDefault"] = v
        if (v := values.get("require_factor", UNSET)) is not UNSET:
            d["requireFactor"] = v
        if (v := values.get("session", UNSET)) is not UNSET:
            d["session"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("access", UNSET)) is not UNSET:
            obj.access = _parse_access(v, False)
        if (v := d.pop("factorLifetime", UNSET)) is not UNSET:
            obj.factor_lifetime = v
        if (v := d.pop("factorPromptMode", UNSET)) is not UNSET:
            obj.factor_prompt_mode = _parse_factor_prompt_mode(v, False)
        if (v := d.pop("primaryFactor", UNSET)) is not UNSET:
            obj.primary_factor = _parse_primary_factor(v, False)
        if (v := d.pop("rememberDeviceByDefault", UNSET)) is not UNSET:
            obj.remember_device_by_default = v
        if (v := d.pop("requireFactor", UNSET)) is not UNSET:
            obj.require_factor = v
        if (v := d.pop("session", UNSET)) is not UNSET:
            obj.session = _parse_session(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
