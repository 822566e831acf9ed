from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_password_settings_age as _password_policy_password_settings_age
from . import (
    password_policy_password_settings_breached_protection as _password_policy_password_settings_breached_protection,
)
from . import password_policy_password_settings_complexity as _password_policy_password_settings_complexity
from . import password_policy_password_settings_lockout as _password_policy_password_settings_lockout

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_password_settings_age import PasswordPolicyPasswordSettingsAge
    from .password_policy_password_settings_breached_protection import PasswordPolicyPasswordSettingsBreachedProtection
    from .password_policy_password_settings_complexity import PasswordPolicyPasswordSettingsComplexity
    from .password_policy_password_settings_lockout import PasswordPolicyPasswordSettingsLockout


@_attrs_define(kw_only=True)
class PasswordPolicyPasswordSettings(OktaModel):
    """Specifies the password settings for the policy

    Attributes:
        age: Age settings
        complexity: Complexity settings
        lockout: Lockout settings
        breached_protection (`breachedProtection`): Breached Protection settings
    """

    _json_names: ClassVar[dict[str, str]] = {
        "age": "age",
        "complexity": "complexity",
        "lockout": "lockout",
        "breachedProtection": "breached_protection",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "age": "model",
        "complexity": "model",
        "lockout": "model",
        "breached_protection": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "age": lambda d: (
            _password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge.from_json(v)
            if (v := d.get("age", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge, v)
        ),
        "complexity": lambda d: (
            _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity.from_json(v)
            if (v := d.get("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity, v
            )
        ),
        "lockout": lambda d: (
            _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout.from_json(v)
            if (v := d.get("lockout", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout, v
            )
        ),
        "breached_protection": lambda d: (
            _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection.from_json(
                v
            )
            if (v := d.get("breachedProtection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyPasswordSettings._json_names),
    }

    age: PasswordPolicyPasswordSettingsAge | None | Unset = UNSET
    complexity: PasswordPolicyPasswordSettingsComplexity | None | Unset = UNSET
    lockout: PasswordPolicyPasswordSettingsLockout | None | Unset = UNSET
    breached_protection: PasswordPolicyPasswordSettingsBreachedProtection | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.age is not UNSET:
            d["age"] = _convert.dump_model(self.age, omit_read_only)
        if self.complexity is not UNSET:
            d["complexity"] = _convert.dump_model(self.complexity, omit_read_only)
        if self.lockout is not UNSET:
            d["lockout"] = _convert.dump_model(self.lockout, omit_read_only)
        if self.breached_protection is not UNSET:
            d["breachedProtection"] = _convert.dump_model(self.breached_protection, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.age = (
            _password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge.from_dict(v)
            if (v := d.pop("age", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge, v)
        )
        obj.complexity = (
            _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity.from_dict(v)
            if (v := d.pop("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity, v
            )
        )
        obj.lockout = (
            _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout.from_dict(v)
            if (v := d.pop("lockout", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout, v
            )
        )
        obj.breached_protection = (
            _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection.from_dict(
                v
            )
            if (v := d.pop("breachedProtection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection,
                v,
            )
        )
        obj.additional_properties = d
        return obj
