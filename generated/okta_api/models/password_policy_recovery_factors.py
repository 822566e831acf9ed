from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_recovery_email as _password_policy_recovery_email
from . import password_policy_recovery_factor_settings as _password_policy_recovery_factor_settings
from . import password_policy_recovery_question as _password_policy_recovery_question

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_email import PasswordPolicyRecoveryEmail
    from .password_policy_recovery_factor_settings import PasswordPolicyRecoveryFactorSettings
    from .password_policy_recovery_question import PasswordPolicyRecoveryQuestion


@_attrs_define(kw_only=True)
class PasswordPolicyRecoveryFactors(OktaModel):
    """Settings for the factors that can be used for recovery

    Attributes:
        okta_call: PasswordPolicyRecoveryFactorSettings
        okta_email: PasswordPolicyRecoveryEmail
        okta_sms: PasswordPolicyRecoveryFactorSettings
        recovery_question: PasswordPolicyRecoveryQuestion
    """

    _json_names: ClassVar[dict[str, str]] = {
        "okta_call": "okta_call",
        "okta_email": "okta_email",
        "okta_sms": "okta_sms",
        "recovery_question": "recovery_question",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "okta_call": "model",
        "okta_email": "model",
        "okta_sms": "model",
        "recovery_question": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "okta_call": lambda d: (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_json(v)
            if (v := d.get("okta_call", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)
        ),
        "okta_email": lambda d: (
            _password_policy_recovery_email.PasswordPolicyRecoveryEmail.from_json(v)
            if (v := d.get("okta_email", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_email.PasswordPolicyRecoveryEmail, v)
        ),
        "okta_sms": lambda d: (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_json(v)
            if (v := d.get("okta_sms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)
        ),
        "recovery_question": lambda d: (
            _password_policy_recovery_question.PasswordPolicyRecoveryQuestion.from_json(v)
            if (v := d.get("recovery_question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_question.PasswordPolicyRecoveryQuestion, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoveryFactors._json_names),
    }

    okta_call: PasswordPolicyRecoveryFactorSettings | None | Unset = UNSET
    okta_email: PasswordPolicyRecoveryEmail | None | Unset = UNSET
    okta_sms: PasswordPolicyRecoveryFactorSettings | None | Unset = UNSET
    recovery_question: PasswordPolicyRecoveryQuestion | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.okta_call is not UNSET:
            d["okta_call"] = _convert.dump_model(self.okta_call, omit_read_only)
        if self.okta_email is not UNSET:
            d["okta_email"] = _convert.dump_model(self.okta_email, omit_read_only)
        if self.okta_sms is not UNSET:
            d["okta_sms"] = _convert.dump_model(self.okta_sms, omit_read_only)
        if self.recovery_question is not UNSET:
            d["recovery_question"] = _convert.dump_model(self.recovery_question, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.okta_call = (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_dict(v)
            if (v := d.pop("okta_call", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)
        )
        obj.okta_email = (
            _password_policy_recovery_email.PasswordPolicyRecoveryEmail.from_dict(v)
            if (v := d.pop("okta_email", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_email.PasswordPolicyRecoveryEmail, v)
        )
        obj.okta_sms = (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_dict(v)
            if (v := d.pop("okta_sms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)
        )
        obj.recovery_question = (
            _password_policy_recovery_question.PasswordPolicyRecoveryQuestion.from_dict(v)
            if (v := d.pop("recovery_question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_question.PasswordPolicyRecoveryQuestion, v)
        )
        obj.additional_properties = d
        return obj
