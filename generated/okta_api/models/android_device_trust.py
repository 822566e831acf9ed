from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .device_integrity import DeviceIntegrity
from .play_protect_verdict import PlayProtectVerdict
from .screen_lock_complexity import ScreenLockComplexity

if TYPE_CHECKING:
    from typing import Self


_parse_device_integrity_level = _convert.enum_parser(DeviceIntegrity)

_parse_play_protect_verdict = _convert.enum_parser(PlayProtectVerdict)

_parse_screen_lock_complexity = _convert.enum_parser(ScreenLockComplexity)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "device_integrity_level": ("deviceIntegrityLevel", _parse_device_integrity_level),
        "network_proxy_disabled": ("networkProxyDisabled", None),
        "play_protect_verdict": ("playProtectVerdict", _parse_play_protect_verdict),
        "require_major_version_update": ("requireMajorVersionUpdate", None),
        "screen_lock_complexity": ("screenLockComplexity", _parse_screen_lock_complexity),
        "usb_debugging_disabled": ("usbDebuggingDisabled", None),
        "wifi_secured": ("wifiSecured", None),
    }

    device_integrity_level: DeviceIntegrity | None = _attrs_field(init=False)
    network_proxy_disabled: bool | None = _attrs_field(init=False)
    play_protect_verdict: PlayProtectVerdict | None = _attrs_field(init=False)
    require_major_version_update: bool | None = _attrs_field(init=False)
    screen_lock_complexity: ScreenLockComplexity | None = _attrs_field(init=False)
    usb_debugging_disabled: bool | None = _attrs_field(init=False)
    wifi_secured: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device_integrity_level: DeviceIntegrity | None | Unset = UNSET,
        network_proxy_disabled: bool | None | Unset = UNSET,
        play_protect_verdict: PlayProtectVerdict | None | Unset = UNSET,
        require_major_version_update: bool | None | Unset = UNSET,
        screen_lock_complexity: ScreenLockComplexity | None | Unset = UNSET,
        usb_debugging_disabled: bool | None | Unset = UNSET,
        wifi_secured: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device_integrity_level is not UNSET:
            _set_field(self, "device_integrity_level", device_integrity_level)
        if network_proxy_disabled is not UNSET:
            _set_field(self, "network_proxy_disabled", network_proxy_disabled)
        if play_protect_verdict is not UNSET:
            _set_field(self, "play_protect_verdict", play_protect_verdict)
        if require_major_version_update is not UNSET:
            _set_field(self, "require_major_version_update", require_major_version_update)
        if screen_lock_complexity is not UNSET:
            _set_field(self, "screen_lock_complexity", screen_lock_complexity)
        if usb_debugging_disabled is not UNSET:
            _set_field(self, "usb_debugging_disabled", usb_debugging_disabled)
        if wifi_secured is not UNSET:
            _set_field(self, "wifi_secured", wifi_secured)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device_integrity_level", UNSET)) is not UNSET:
            d["deviceIntegrityLevel"] = v
        if (v := values.get("network_proxy_disabled", UNSET)) is not UNSET:
            d["networkProxyDisabled"] = v
        if (v := values.get("play_protect_verdict", UNSET)) is not UNSET:
            d["playProtectVerdict"] = v
        if (v := values.get("require_major_version_update", UNSET)) is not UNSET:
            d["requireMajorVersionUpdate"] = v
        if (v := values.get("screen_lock_complexity", UNSET)) is not UNSET:
            d["screenLockComplexity"] = v
        if (v := values.get("usb_debugging_disabled", UNSET)) is not UNSET:
            d["usbDebuggingDisabled"] = v
        if (v := values.get("wifi_secured", UNSET)) is not UNSET:
            d["wifiSecured"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("deviceIntegrityLevel", UNSET)) is not UNSET:
            obj.device_integrity_level = _parse_device_integrity_level(v, False)
        if (v := d.pop("networkProxyDisabled", UNSET)) is not UNSET:
            obj.network_proxy_disabled = v
        if (v := d.pop("playProtectVerdict", UNSET)) is not UNSET:
            obj.play_protect_verdict = _parse_play_protect_verdict(v, False)
        if (v := d.pop("requireMajorVersionUpdate", UNSET)) is not UNSET:
            obj.require_major_version_update = v
        if (v := d.pop("screenLockComplexity", UNSET)) is not UNSET:
            obj.screen_lock_complexity = _parse_screen_lock_complexity(v, False)
        if (v := d.pop("usbDebuggingDisabled", UNSET)) is not UNSET:
            obj.usb_debugging_disabled = v
        if (v := d.pop("wifiSecured", UNSET)) is not UNSET:
            obj.wifi_secured = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
