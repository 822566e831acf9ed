from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_policy_recovery_email as _password_policy_recovery_email
from . import password_policy_recovery_factor_settings as _password_policy_recovery_factor_settings
from . import password_policy_recovery_question as _password_policy_recovery_question

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_email import PasswordPolicyRecoveryEmail
    from .password_policy_recovery_factor_settings import PasswordPolicyRecoveryFactorSettings
    from .password_policy_recovery_question import PasswordPolicyRecoveryQuestion


def _parse_okta_call(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_json(v)
            if lazy
            else _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)


def _parse_okta_email(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_email.PasswordPolicyRecoveryEmail.from_json(v)
            if lazy
            else _password_policy_recovery_email.PasswordPolicyRecoveryEmail.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_email.PasswordPolicyRecoveryEmail, v)


def _parse_okta_sms(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_json(v)
            if lazy
            else _password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_factor_settings.PasswordPolicyRecoveryFactorSettings, v)


def _parse_recovery_question(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_question.PasswordPolicyRecoveryQuestion.from_json(v)
            if lazy
            else _password_policy_recovery_question.PasswordPolicyRecoveryQuestion.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_question.PasswordPolicyRecoveryQuestion, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "okta_call": ("okta_call", _parse_okta_call),
        "okta_email": ("okta_email", _parse_okta_email),
        "okta_sms": ("okta_sms", _parse_okta_sms),
        "recovery_question": ("recovery_question", _parse_recovery_question),
    }

    okta_call: PasswordPolicyRecoveryFactorSettings | None = _attrs_field(init=False)
    okta_email: PasswordPolicyRecoveryEmail | None = _attrs_field(init=False)
    okta_sms: PasswordPolicyRecoveryFactorSettings | None = _attrs_field(init=False)
    recovery_question: PasswordPolicyRecoveryQuestion | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        okta_call: PasswordPolicyRecoveryFactorSettings | None | Unset = UNSET,
        okta_email: PasswordPolicyRecoveryEmail | None | Unset = UNSET,
        okta_sms: PasswordPolicyRecoveryFactorSettings | None | Unset = UNSET,
        recovery_question: PasswordPolicyRecoveryQuestion | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if okta_call is not UNSET:
            _set_field(self, "okta_call", okta_call)
        if okta_email is not UNSET:
            _set_field(self, "okta_email", okta_email)
        if okta_sms is not UNSET:
            _set_field(self, "okta_sms", okta_sms)
        if recovery_question is not UNSET:
            _set_field(self, "recovery_question", recovery_question)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("okta_call", UNSET)) is not UNSET:
            d["okta_call"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_email", UNSET)) is not UNSET:
            d["okta_email"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_sms", UNSET)) is not UNSET:
            d["okta_sms"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("recovery_question", UNSET)) is not UNSET:
            d["recovery_question"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("okta_call", UNSET)) is not UNSET:
            obj.okta_call = _parse_okta_call(v, False)
        if (v := d.pop("okta_email", UNSET)) is not UNSET:
            obj.okta_email = _parse_okta_email(v, False)
        if (v := d.pop("okta_sms", UNSET)) is not UNSET:
            obj.okta_sms = _parse_okta_sms(v, False)
        if (v := d.pop("recovery_question", UNSET)) is not UNSET:
            obj.recovery_question = _parse_recovery_question(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
