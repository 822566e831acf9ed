from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordPolicyPasswordSettingsLockout(OktaModel):
    """Lockout settings

    Attributes:
        auto_unlock_minutes (`autoUnlockMinutes`): Specifies the time interval (in minutes) a locked account remains locked before it is
            automatically unlocked: `0` indicates no limit
        max_attempts (`maxAttempts`): Specifies the number of times Users can attempt to sign in to their accounts with an
            invalid password before their accounts are locked: `0` indicates no limit
        show_lockout_failures (`showLockoutFailures`): Indicates if the User should be informed when their account is locked
        user_lockout_notification_channels (`userLockoutNotificationChannels`): How the user is notified when their account becomes locked. The only acceptable values are
            `[]` and `['EMAIL']`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "autoUnlockMinutes": "auto_unlock_minutes",
        "maxAttempts": "max_attempts",
        "showLockoutFailures": "show_lockout_failures",
        "userLockoutNotificationChannels": "user_lockout_notification_channels",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auto_unlock_minutes": "int",
        "max_attempts": "int",
        "show_lockout_failures": "bool",
        "user_lockout_notification_channels": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auto_unlock_minutes": "autoUnlockMinutes",
        "max_attempts": "maxAttempts",
        "show_lockout_failures": "showLockoutFailures",
        "user_lockout_notification_channels": "userLockoutNotificationChannels",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyPasswordSettingsLockout._json_names),
    }

    auto_unlock_minutes: int | None | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    show_lockout_failures: bool | None | Unset = UNSET
    user_lockout_notification_channels: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auto_unlock_minutes is not UNSET:
            d["autoUnlockMinutes"] = self.auto_unlock_minutes
        if self.max_attempts is not UNSET:
            d["maxAttempts"] = self.max_attempts
        if self.show_lockout_failures is not UNSET:
            d["showLockoutFailures"] = self.show_lockout_failures
        if self.user_lockout_notification_channels is not UNSET:
            d["userLockoutNotificationChannels"] = self.user_lockout_notification_channels
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auto_unlock_minutes = d.pop("autoUnlockMinutes", UNSET)
        obj.max_attempts = d.pop("maxAttempts", UNSET)
        obj.show_lockout_failures = d.pop("showLockoutFailures", UNSET)
        obj.user_lockout_notification_channels = d.pop("userLockoutNotificationChannels", UNSET)
        obj.additional_properties = d
        return obj
