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
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6e90>

    Attributes:
        auto_unlock_minutes (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec64d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6690>
        max_attempts (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6710>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6890>
        show_lockout_failures (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6910>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6a90>
        user_lockout_notification_channels (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6b10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ec6e50>
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
