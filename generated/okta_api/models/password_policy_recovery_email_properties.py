from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_recovery_email_recovery_token as _password_policy_recovery_email_recovery_token

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_email_recovery_token import PasswordPolicyRecoveryEmailRecoveryToken


@_attrs_define(kw_only=True)
class PasswordPolicyRecoveryEmailProperties(OktaModel):
    """An Okta `PasswordPolicyRecoveryEmailProperties`.

    Attributes:
        recovery_token (`recoveryToken`): PasswordPolicyRecoveryEmailRecoveryToken
    """

    _json_names: ClassVar[dict[str, str]] = {
        "recoveryToken": "recovery_token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "recovery_token": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "recovery_token": lambda d: (
            _password_policy_recovery_email_recovery_token.PasswordPolicyRecoveryEmailRecoveryToken.from_json(v)
            if (v := d.get("recoveryToken", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_email_recovery_token.PasswordPolicyRecoveryEmailRecoveryToken, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoveryEmailProperties._json_names),
    }

    recovery_token: PasswordPolicyRecoveryEmailRecoveryToken | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.recovery_token is not UNSET:
            d["recoveryToken"] = _convert.dump_model(self.recovery_token, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.recovery_token = (
            _password_policy_recovery_email_recovery_token.PasswordPolicyRecoveryEmailRecoveryToken.from_dict(v)
            if (v := d.pop("recoveryToken", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_email_recovery_token.PasswordPolicyRecoveryEmailRecoveryToken, v
            )
        )
        obj.additional_properties = d
        return obj
