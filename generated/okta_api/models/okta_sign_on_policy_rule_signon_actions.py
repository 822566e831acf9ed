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
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e750d0>

    Attributes:
        access (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74550>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74750>
        factor_lifetime (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e747d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74950>
        factor_prompt_mode (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e749d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e6e490>
        primary_factor (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74ad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e752d0>
        remember_device_by_default (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74bd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74d50>
        require_factor (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74dd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74f50>
        session (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e74fd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5e75b50>
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
