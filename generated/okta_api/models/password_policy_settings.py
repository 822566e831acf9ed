from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_delegation_settings as _password_policy_delegation_settings
from . import password_policy_password_settings as _password_policy_password_settings
from . import password_policy_recovery_settings as _password_policy_recovery_settings

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_delegation_settings import PasswordPolicyDelegationSettings
    from .password_policy_password_settings import PasswordPolicyPasswordSettings
    from .password_policy_recovery_settings import PasswordPolicyRecoverySettings


@_attrs_define(kw_only=True)
class PasswordPolicySettings(OktaModel):
    """Specifies the policy level settings

    Attributes:
        delegation: Specifies how to handle password delegation
        password: Specifies the password settings for the policy
        recovery: Specifies the password recovery settings for the policy
            > **Note:** With Identity Engine, you can specify recovery factors inside the password
            policy rule instead of in the policy settings object. Recovery factors for the rule are
            defined inside the [`selfServicePasswordReset`
            action](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/createPolicyRule!path=1/actions/selfServicePasswordReset&t=request).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delegation": "delegation",
        "password": "password",
        "recovery": "recovery",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "delegation": "model",
        "password": "model",
        "recovery": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "delegation": lambda d: (
            _password_policy_delegation_settings.PasswordPolicyDelegationSettings.from_json(v)
            if (v := d.get("delegation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_delegation_settings.PasswordPolicyDelegationSettings, v)
        ),
        "password": lambda d: (
            _password_policy_password_settings.PasswordPolicyPasswordSettings.from_json(v)
            if (v := d.get("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_password_settings.PasswordPolicyPasswordSettings, v)
        ),
        "recovery": lambda d: (
            _password_policy_recovery_settings.PasswordPolicyRecoverySettings.from_json(v)
            if (v := d.get("recovery", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_settings.PasswordPolicyRecoverySettings, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicySettings._json_names),
    }

    delegation: PasswordPolicyDelegationSettings | None | Unset = UNSET
    password: PasswordPolicyPasswordSettings | None | Unset = UNSET
    recovery: PasswordPolicyRecoverySettings | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.delegation is not UNSET:
            d["delegation"] = _convert.dump_model(self.delegation, omit_read_only)
        if self.password is not UNSET:
            d["password"] = _convert.dump_model(self.password, omit_read_only)
        if self.recovery is not UNSET:
            d["recovery"] = _convert.dump_model(self.recovery, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.delegation = (
            _password_policy_delegation_settings.PasswordPolicyDelegationSettings.from_dict(v)
            if (v := d.pop("delegation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_delegation_settings.PasswordPolicyDelegationSettings, v)
        )
        obj.password = (
            _password_policy_password_settings.PasswordPolicyPasswordSettings.from_dict(v)
            if (v := d.pop("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_password_settings.PasswordPolicyPasswordSettings, v)
        )
        obj.recovery = (
            _password_policy_recovery_settings.PasswordPolicyRecoverySettings.from_dict(v)
            if (v := d.pop("recovery", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_settings.PasswordPolicyRecoverySettings, v)
        )
        obj.additional_properties = d
        return obj
