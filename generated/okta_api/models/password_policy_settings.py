from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_policy_delegation_settings as _password_policy_delegation_settings
from . import password_policy_password_settings as _password_policy_password_settings
from . import password_policy_recovery_settings as _password_policy_recovery_settings

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_delegation_settings import PasswordPolicyDelegationSettings
    from .password_policy_password_settings import PasswordPolicyPasswordSettings
    from .password_policy_recovery_settings import PasswordPolicyRecoverySettings


def _parse_delegation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_delegation_settings.PasswordPolicyDelegationSettings.from_json(v)
            if lazy
            else _password_policy_delegation_settings.PasswordPolicyDelegationSettings.from_dict(v)
        )
    return _convert.parse_model(_password_policy_delegation_settings.PasswordPolicyDelegationSettings, v)


def _parse_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_password_settings.PasswordPolicyPasswordSettings.from_json(v)
            if lazy
            else _password_policy_password_settings.PasswordPolicyPasswordSettings.from_dict(v)
        )
    return _convert.parse_model(_password_policy_password_settings.PasswordPolicyPasswordSettings, v)


def _parse_recovery(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_settings.PasswordPolicyRecoverySettings.from_json(v)
            if lazy
            else _password_policy_recovery_settings.PasswordPolicyRecoverySettings.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_settings.PasswordPolicyRecoverySettings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "delegation": ("delegation", _parse_delegation),
        "password": ("password", _parse_password),
        "recovery": ("recovery", _parse_recovery),
    }

    delegation: PasswordPolicyDelegationSettings | None = _attrs_field(init=False)
    password: PasswordPolicyPasswordSettings | None = _attrs_field(init=False)
    recovery: PasswordPolicyRecoverySettings | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        delegation: PasswordPolicyDelegationSettings | None | Unset = UNSET,
        password: PasswordPolicyPasswordSettings | None | Unset = UNSET,
        recovery: PasswordPolicyRecoverySettings | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if delegation is not UNSET:
            _set_field(self, "delegation", delegation)
        if password is not UNSET:
            _set_field(self, "password", password)
        if recovery is not UNSET:
            _set_field(self, "recovery", recovery)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("delegation", UNSET)) is not UNSET:
            d["delegation"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("recovery", UNSET)) is not UNSET:
            d["recovery"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("delegation", UNSET)) is not UNSET:
            obj.delegation = _parse_delegation(v, False)
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = _parse_password(v, False)
        if (v := d.pop("recovery", UNSET)) is not UNSET:
            obj.recovery = _parse_recovery(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
