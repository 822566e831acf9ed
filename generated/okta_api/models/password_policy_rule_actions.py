from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import password_policy_rule_action as _password_policy_rule_action
from . import self_service_password_reset_action as _self_service_password_reset_action
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_rule_action import PasswordPolicyRuleAction
    from .self_service_password_reset_action import SelfServicePasswordResetAction


def _parse_password_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if lazy
            else _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
        )
    return _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)


def _parse_self_service_password_reset(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _self_service_password_reset_action.SelfServicePasswordResetAction.from_json(v)
            if lazy
            else _self_service_password_reset_action.SelfServicePasswordResetAction.from_dict(v)
        )
    return _convert.parse_model(_self_service_password_reset_action.SelfServicePasswordResetAction, v)


def _parse_self_service_unlock(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_rule_action.PasswordPolicyRuleAction.from_json(v)
            if lazy
            else _password_policy_rule_action.PasswordPolicyRuleAction.from_dict(v)
        )
    return _convert.parse_model(_password_policy_rule_action.PasswordPolicyRuleAction, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PasswordPolicyRuleActions(PolicyRuleActions):
    """An Okta `PasswordPolicyRuleActions`.

    Attributes:
        password_change (`passwordChange`): Indicates if a password can be changed
        self_service_password_reset (`selfServicePasswordReset`): Enables or disables users to reset their own password and defines the authenticators and
            constraints needed to complete the reset
        self_service_unlock (`selfServiceUnlock`): Indicates if a password can be changed
    """

    _json_names: ClassVar[dict[str, str]] = {
        "passwordChange": "password_change",
        "selfServicePasswordReset": "self_service_password_reset",
        "selfServiceUnlock": "self_service_unlock",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password_change": "model",
        "self_service_password_reset": "model",
        "self_service_unlock": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password_change": ("passwordChange", _parse_password_change),
        "self_service_password_reset": ("selfServicePasswordReset", _parse_self_service_password_reset),
        "self_service_unlock": ("selfServiceUnlock", _parse_self_service_unlock),
    }

    password_change: PasswordPolicyRuleAction | None = _attrs_field(init=False)
    self_service_password_reset: SelfServicePasswordResetAction | None = _attrs_field(init=False)
    self_service_unlock: PasswordPolicyRuleAction | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        password_change: PasswordPolicyRuleAction | None | Unset = UNSET,
        self_service_password_reset: SelfServicePasswordResetAction | None | Unset = UNSET,
        self_service_unlock: PasswordPolicyRuleAction | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if password_change is not UNSET:
            _set_field(self, "password_change", password_change)
        if self_service_password_reset is not UNSET:
            _set_field(self, "self_service_password_reset", self_service_password_reset)
        if self_service_unlock is not UNSET:
            _set_field(self, "self_service_unlock", self_service_unlock)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("password_change", UNSET)) is not UNSET:
            d["passwordChange"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_service_password_reset", UNSET)) is not UNSET:
            d["selfServicePasswordReset"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_service_unlock", UNSET)) is not UNSET:
            d["selfServiceUnlock"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("passwordChange", UNSET)) is not UNSET:
            obj.password_change = _parse_password_change(v, False)
        if (v := d.pop("selfServicePasswordReset", UNSET)) is not UNSET:
            obj.self_service_password_reset = _parse_self_service_password_reset(v, False)
        if (v := d.pop("selfServiceUnlock", UNSET)) is not UNSET:
            obj.self_service_unlock = _parse_self_service_unlock(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
