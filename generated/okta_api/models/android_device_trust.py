from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_integrity import DeviceIntegrity
from .play_protect_verdict import PlayProtectVerdict
from .screen_lock_complexity import ScreenLockComplexity

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AndroidDeviceTrust(OktaModel):
    """Android Device Trust integration provider

    Attributes:
        device_integrity_level (`deviceIntegrityLevel`): Indicates how well a device can enforce app integrity
        network_proxy_disabled (`networkProxyDisabled`): Indicates whether a device has a network proxy disabled
        play_protect_verdict (`playProtectVerdict`): Indicates if Google Play Protect is enabled on the device and whether it has found known
            malware
        require_major_version_update (`requireMajorVersionUpdate`): Indicates whether the device needs to be on the latest major version available to the
            device

            **Note:** This option requires an `osVersion.dynamicVersionRequirement` value to be
            supplied with the `osVersion.dynamicVersionRequirement.type` as either `MINIMUM` or
            `EXACT`.
        screen_lock_complexity (`screenLockComplexity`): Indicates whether a device has a screen lock set, and the type or complexity of the screen
            lock

            **Note:** This option requires a `screenLockType.include` value.
        usb_debugging_disabled (`usbDebuggingDisabled`): Indicates whether Android Debug Bridge (adb) over USB is disabled
        wifi_secured (`wifiSecured`): Indicates whether a device is on a password-protected Wi-Fi network
    """

    _json_names: ClassVar[dict[str, str]] = {
        "deviceIntegrityLevel": "device_integrity_level",
        "networkProxyDisabled": "network_proxy_disabled",
        "playProtectVerdict": "play_protect_verdict",
        "requireMajorVersionUpdate": "require_major_version_update",
        "screenLockComplexity": "screen_lock_complexity",
        "usbDebuggingDisabled": "usb_debugging_disabled",
        "wifiSecured": "wifi_secured",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device_integrity_level": "enum",
        "network_proxy_disabled": "bool",
        "play_protect_verdict": "enum",
        "require_major_version_update": "bool",
        "screen_lock_complexity": "enum",
        "usb_debugging_disabled": "bool",
        "wifi_secured": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device_integrity_level": lambda d: (
            _convert.parse_enum(DeviceIntegrity, v)
            if (v := d.get("deviceIntegrityLevel", UNSET)).__class__ is str
            else v
        ),
        "network_proxy_disabled": "networkProxyDisabled",
        "play_protect_verdict": lambda d: (
            _convert.parse_enum(PlayProtectVerdict, v)
            if (v := d.get("playProtectVerdict", UNSET)).__class__ is str
            else v
        ),
        "require_major_version_update": "requireMajorVersionUpdate",
        "screen_lock_complexity": lambda d: (
            _convert.parse_enum(ScreenLockComplexity, v)
            if (v := d.get("screenLockComplexity", UNSET)).__class__ is str
            else v
        ),
        "usb_debugging_disabled": "usbDebuggingDisabled",
        "wifi_secured": "wifiSecured",
        "additional_properties": lambda d: _convert.undeclared(d, AndroidDeviceTrust._json_names),
    }

    device_integrity_level: DeviceIntegrity | None | Unset = UNSET
    network_proxy_disabled: bool | None | Unset = UNSET
    play_protect_verdict: PlayProtectVerdict | None | Unset = UNSET
    require_major_version_update: bool | None | Unset = UNSET
    screen_lock_complexity: ScreenLockComplexity | None | Unset = UNSET
    usb_debugging_disabled: bool | None | Unset = UNSET
    wifi_secured: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device_integrity_level is not UNSET:
            d["deviceIntegrityLevel"] = self.device_integrity_level
        if self.network_proxy_disabled is not UNSET:
            d["networkProxyDisabled"] = self.network_proxy_disabled
        if self.play_protect_verdict is not UNSET:
            d["playProtectVerdict"] = self.play_protect_verdict
        if self.require_major_version_update is not UNSET:
            d["requireMajorVersionUpdate"] = self.require_major_version_update
        if self.screen_lock_complexity is not UNSET:
            d["screenLockComplexity"] = self.screen_lock_complexity
        if self.usb_debugging_disabled is not UNSET:
            d["usbDebuggingDisabled"] = self.usb_debugging_disabled
        if self.wifi_secured is not UNSET:
            d["wifiSecured"] = self.wifi_secured
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device_integrity_level = (
            _convert.parse_enum(DeviceIntegrity, v)
            if (v := d.pop("deviceIntegrityLevel", UNSET)).__class__ is str
            else v
        )
        obj.network_proxy_disabled = d.pop("networkProxyDisabled", UNSET)
        obj.play_protect_verdict = (
            _convert.parse_enum(PlayProtectVerdict, v)
            if (v := d.pop("playProtectVerdict", UNSET)).__class__ is str
            else v
        )
        obj.require_major_version_update = d.pop("requireMajorVersionUpdate", UNSET)
        obj.screen_lock_complexity = (
            _convert.parse_enum(ScreenLockComplexity, v)
            if (v := d.pop("screenLockComplexity", UNSET)).__class__ is str
            else v
        )
        obj.usb_debugging_disabled = d.pop("usbDebuggingDisabled", UNSET)
        obj.wifi_secured = d.pop("wifiSecured", UNSET)
        obj.additional_properties = d
        return obj
