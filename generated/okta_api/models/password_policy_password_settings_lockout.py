from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auto_unlock_minutes": ("autoUnlockMinutes", None),
        "max_attempts": ("maxAttempts", None),
        "show_lockout_failures": ("showLockoutFailures", None),
        "user_lockout_notification_channels": ("userLockoutNotificationChannels", None),
    }

    auto_unlock_minutes: int | None = _attrs_field(init=False)
    max_attempts: int | None = _attrs_field(init=False)
    show_lockout_failures: bool | None = _attrs_field(init=False)
    user_lockout_notification_channels: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auto_unlock_minutes: int | None | Unset = UNSET,
        max_attempts: int | None | Unset = UNSET,
        show_lockout_failures: bool | None | Unset = UNSET,
        user_lockout_notification_channels: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auto_unlock_minutes is not UNSET:
            _set_field(self, "auto_unlock_minutes", auto_unlock_minutes)
        if max_attempts is not UNSET:
            _set_field(self, "max_attempts", max_attempts)
        if show_lockout_failures is not UNSET:
            _set_field(self, "show_lockout_failures", show_lockout_failures)
        if user_lockout_notification_channels is not UNSET:
            _set_field(self, "user_lockout_notification_channels", user_lockout_notification_channels)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auto_unlock_minutes", UNSET)) is not UNSET:
            d["autoUnlockMinutes"] = v
        if (v := values.get("max_attempts", UNSET)) is not UNSET:
            d["maxAttempts"] = v
        if (v := values.get("show_lockout_failures", UNSET)) is not UNSET:
            d["showLockoutFailures"] = v
        if (v := values.get("user_lockout_notification_channels", UNSET)) is not UNSET:
            d["userLockoutNotificationChannels"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("autoUnlockMinutes", UNSET)) is not UNSET:
            obj.auto_unlock_minutes = v
        if (v := d.pop("maxAttempts", UNSET)) is not UNSET:
            obj.max_attempts = v
        if (v := d.pop("showLockoutFailures", UNSET)) is not UNSET:
            obj.show_lockout_failures = v
        if (v := d.pop("userLockoutNotificationChannels", UNSET)) is not UNSET:
            obj.user_lockout_notification_channels = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
