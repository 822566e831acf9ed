from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_age(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge.from_json(v)
            if lazy
            else _password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge.from_dict(v)
        )
    return _convert.parse_model(_password_policy_password_settings_age.PasswordPolicyPasswordSettingsAge, v)


def _parse_complexity(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity.from_json(v)
            if lazy
            else _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity.from_dict(v)
        )
    return _convert.parse_model(
        _password_policy_password_settings_complexity.PasswordPolicyPasswordSettingsComplexity, v
    )


def _parse_lockout(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout.from_json(v)
            if lazy
            else _password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout.from_dict(v)
        )
    return _convert.parse_model(_password_policy_password_settings_lockout.PasswordPolicyPasswordSettingsLockout, v)


def _parse_breached_protection(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection.from_json(
                v
            )
            if lazy
            else _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _password_policy_password_settings_breached_protection.PasswordPolicyPasswordSettingsBreachedProtection, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "age": ("age", _parse_age),
        "complexity": ("complexity", _parse_complexity),
        "lockout": ("lockout", _parse_lockout),
        "breached_protection": ("breachedProtection", _parse_breached_protection),
    }

    age: PasswordPolicyPasswordSettingsAge | None = _attrs_field(init=False)
    complexity: PasswordPolicyPasswordSettingsComplexity | None = _attrs_field(init=False)
    lockout: PasswordPolicyPasswordSettingsLockout | None = _attrs_field(init=False)
    breached_protection: PasswordPolicyPasswordSettingsBreachedProtection | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        age: PasswordPolicyPasswordSettingsAge | None | Unset = UNSET,
        complexity: PasswordPolicyPasswordSettingsComplexity | None | Unset = UNSET,
        lockout: PasswordPolicyPasswordSettingsLockout | None | Unset = UNSET,
        breached_protection: PasswordPolicyPasswordSettingsBreachedProtection | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if age is not UNSET:
            _set_field(self, "age", age)
        if complexity is not UNSET:
            _set_field(self, "complexity", complexity)
        if lockout is not UNSET:
            _set_field(self, "lockout", lockout)
        if breached_protection is not UNSET:
            _set_field(self, "breached_protection", breached_protection)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("age", UNSET)) is not UNSET:
            d["age"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("complexity", UNSET)) is not UNSET:
            d["complexity"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("lockout", UNSET)) is not UNSET:
            d["lockout"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("breached_protection", UNSET)) is not UNSET:
            d["breachedProtection"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("age", UNSET)) is not UNSET:
            obj.age = _parse_age(v, False)
        if (v := d.pop("complexity", UNSET)) is not UNSET:
            obj.complexity = _parse_complexity(v, False)
        if (v := d.pop("lockout", UNSET)) is not UNSET:
            obj.lockout = _parse_lockout(v, False)
        if (v := d.pop("breachedProtection", UNSET)) is not UNSET:
            obj.breached_protection = _parse_breached_protection(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
