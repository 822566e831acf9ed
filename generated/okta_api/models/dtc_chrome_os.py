from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import chrome_browser_version as _chrome_browser_version
from . import os_version_four_components as _os_version_four_components
from .key_trust_level_os_mode import KeyTrustLevelOSMode
from .password_protection_warning_trigger import PasswordProtectionWarningTrigger
from .safe_browsing_protection_level import SafeBrowsingProtectionLevel

if TYPE_CHECKING:
    from typing import Self

    from .chrome_browser_version import ChromeBrowserVersion
    from .os_version_four_components import OSVersionFourComponents


@_attrs_define(kw_only=True)
class DTCChromeOS(OktaModel):
    """Google Chrome Device Trust Connector provider

    Attributes:
        allow_screen_lock (`allowScreenLock`): Indicates whether the AllowScreenLock enterprise policy is enabled
        browser_version (`browserVersion`): Current version of the Chrome Browser
        built_in_dns_client_enabled (`builtInDnsClientEnabled`): Indicates if a software stack is used to communicate with the DNS server
        chrome_remote_desktop_app_blocked (`chromeRemoteDesktopAppBlocked`): Indicates whether access to the Chrome Remote Desktop application is blocked through a
            policy
        device_enrollment_domain (`deviceEnrollmentDomain`): Enrollment domain of the customer that is currently managing the device
        disk_encrypted (`diskEncrypted`): Indicates whether the main disk is encrypted
        key_trust_level (`keyTrustLevel`): Represents the attestation strength used by the Chrome Verified Access API
        managed_device (`managedDevice`): Indicates whether the device is enrolled in ChromeOS device management
        os_firewall (`osFirewall`): Indicates whether a firewall is enabled at the OS-level on the device
        os_version (`osVersion`): Current version of the operating system (maximum of four components in the versioning
            scheme)
        password_protection_warning_trigger (`passwordProtectionWarningTrigger`): Indicates whether the Password Protection Warning feature is enabled
        realtime_url_check_mode (`realtimeUrlCheckMode`): Indicates whether enterprise-grade (custom) unsafe URL scanning is enabled
        safe_browsing_protection_level (`safeBrowsingProtectionLevel`): Represents the current value of the Safe Browsing protection level
        screen_lock_secured (`screenLockSecured`): Indicates whether the device is password-protected
        site_isolation_enabled (`siteIsolationEnabled`): Indicates whether the Site Isolation (also known as **Site Per Process**) setting is
            enabled
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowScreenLock": "allow_screen_lock",
        "browserVersion": "browser_version",
        "builtInDnsClientEnabled": "built_in_dns_client_enabled",
        "chromeRemoteDesktopAppBlocked": "chrome_remote_desktop_app_blocked",
        "deviceEnrollmentDomain": "device_enrollment_domain",
        "diskEncrypted": "disk_encrypted",
        "keyTrustLevel": "key_trust_level",
        "managedDevice": "managed_device",
        "osFirewall": "os_firewall",
        "osVersion": "os_version",
        "passwordProtectionWarningTrigger": "password_protection_warning_trigger",
        "realtimeUrlCheckMode": "realtime_url_check_mode",
        "safeBrowsingProtectionLevel": "safe_browsing_protection_level",
        "screenLockSecured": "screen_lock_secured",
        "siteIsolationEnabled": "site_isolation_enabled",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allow_screen_lock": "bool",
        "browser_version": "model",
        "built_in_dns_client_enabled": "bool",
        "chrome_remote_desktop_app_blocked": "bool",
        "device_enrollment_domain": "str",
        "disk_encrypted": "bool",
        "key_trust_level": "enum",
        "managed_device": "bool",
        "os_firewall": "bool",
        "os_version": "model",
        "password_protection_warning_trigger": "enum",
        "realtime_url_check_mode": "bool",
        "safe_browsing_protection_level": "enum",
        "screen_lock_secured": "bool",
        "site_isolation_enabled": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allow_screen_lock": "allowScreenLock",
        "browser_version": lambda d: (
            _chrome_browser_version.ChromeBrowserVersion.from_json(v)
            if (v := d.get("browserVersion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_chrome_browser_version.ChromeBrowserVersion, v)
        ),
        "built_in_dns_client_enabled": "builtInDnsClientEnabled",
        "chrome_remote_desktop_app_blocked": "chromeRemoteDesktopAppBlocked",
        "device_enrollment_domain": "deviceEnrollmentDomain",
        "disk_encrypted": "diskEncrypted",
        "key_trust_level": lambda d: (
            _convert.parse_enum(KeyTrustLevelOSMode, v) if (v := d.get("keyTrustLevel", UNSET)).__class__ is str else v
        ),
        "managed_device": "managedDevice",
        "os_firewall": "osFirewall",
        "os_version": lambda d: (
            _os_version_four_components.OSVersionFourComponents.from_json(v)
            if (v := d.get("osVersion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_version_four_components.OSVersionFourComponents, v)
        ),
        "password_protection_warning_trigger": lambda d: (
            _convert.parse_enum(PasswordProtectionWarningTrigger, v)
            if (v := d.get("passwordProtectionWarningTrigger", UNSET)).__class__ is str
            else v
        ),
        "realtime_url_check_mode": "realtimeUrlCheckMode",
        "safe_browsing_protection_level": lambda d: (
            _convert.parse_enum(SafeBrowsingProtectionLevel, v)
            if (v := d.get("safeBrowsingProtectionLevel", UNSET)).__class__ is str
            else v
        ),
        "screen_lock_secured": "screenLockSecured",
        "site_isolation_enabled": "siteIsolationEnabled",
        "additional_properties": lambda d: _convert.undeclared(d, DTCChromeOS._json_names),
    }

    allow_screen_lock: bool | None | Unset = UNSET
    browser_version: ChromeBrowserVersion | None | Unset = UNSET
    built_in_dns_client_enabled: bool | None | Unset = UNSET
    chrome_remote_desktop_app_blocked: bool | None | Unset = UNSET
    device_enrollment_domain: str | None | Unset = UNSET
    disk_encrypted: bool | None | Unset = UNSET
    key_trust_level: KeyTrustLevelOSMode | None | Unset = UNSET
    managed_device: bool | None | Unset = UNSET
    os_firewall: bool | None | Unset = UNSET
    os_version: OSVersionFourComponents | None | Unset = UNSET
    password_protection_warning_trigger: PasswordProtectionWarningTrigger | None | Unset = UNSET
    realtime_url_check_mode: bool | None | Unset = UNSET
    safe_browsing_protection_level: SafeBrowsingProtectionLevel | None | Unset = UNSET
    screen_lock_secured: bool | None | Unset = UNSET
    site_isolation_enabled: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allow_screen_lock is not UNSET:
            d["allowScreenLock"] = self.allow_screen_lock
        if self.browser_version is not UNSET:
            d["browserVersion"] = _convert.dump_model(self.browser_version, omit_read_only)
        if self.built_in_dns_client_enabled is not UNSET:
            d["builtInDnsClientEnabled"] = self.built_in_dns_client_enabled
        if self.chrome_remote_desktop_app_blocked is not UNSET:
            d["chromeRemoteDesktopAppBlocked"] = self.chrome_remote_desktop_app_blocked
        if self.device_enrollment_domain is not UNSET:
            d["deviceEnrollmentDomain"] = self.device_enrollment_domain
        if self.disk_encrypted is not UNSET:
            d["diskEncrypted"] = self.disk_encrypted
        if self.key_trust_level is not UNSET:
            d["keyTrustLevel"] = self.key_trust_level
        if self.managed_device is not UNSET:
            d["managedDevice"] = self.managed_device
        if self.os_firewall is not UNSET:
            d["osFirewall"] = self.os_firewall
        if self.os_version is not UNSET:
            d["osVersion"] = _convert.dump_model(self.os_version, omit_read_only)
        if self.password_protection_warning_trigger is not UNSET:
            d["passwordProtectionWarningTrigger"] = self.password_protection_warning_trigger
        if self.realtime_url_check_mode is not UNSET:
            d["realtimeUrlCheckMode"] = self.realtime_url_check_mode
        if self.safe_browsing_protection_level is not UNSET:
            d["safeBrowsingProtectionLevel"] = self.safe_browsing_protection_level
        if self.screen_lock_secured is not UNSET:
            d["screenLockSecured"] = self.screen_lock_secured
        if self.site_isolation_enabled is not UNSET:
            d["siteIsolationEnabled"] = self.site_isolation_enabled
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.allow_screen_lock = d.pop("allowScreenLock", UNSET)
        obj.browser_version = (
            _chrome_browser_version.ChromeBrowserVersion.from_dict(v)
            if (v := d.pop("browserVersion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_chrome_browser_version.ChromeBrowserVersion, v)
        )
        obj.built_in_dns_client_enabled = d.pop("builtInDnsClientEnabled", UNSET)
        obj.chrome_remote_desktop_app_blocked = d.pop("chromeRemoteDesktopAppBlocked", UNSET)
        obj.device_enrollment_domain = d.pop("deviceEnrollmentDomain", UNSET)
        obj.disk_encrypted = d.pop("diskEncrypted", UNSET)
        obj.key_trust_level = (
            _convert.parse_enum(KeyTrustLevelOSMode, v) if (v := d.pop("keyTrustLevel", UNSET)).__class__ is str else v
        )
        obj.managed_device = d.pop("managedDevice", UNSET)
        obj.os_firewall = d.pop("osFirewall", UNSET)
        obj.os_version = (
            _os_version_four_components.OSVersionFourComponents.from_dict(v)
            if (v := d.pop("osVersion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_version_four_components.OSVersionFourComponents, v)
        )
        obj.password_protection_warning_trigger = (
            _convert.parse_enum(PasswordProtectionWarningTrigger, v)
            if (v := d.pop("passwordProtectionWarningTrigger", UNSET)).__class__ is str
            else v
        )
        obj.realtime_url_check_mode = d.pop("realtimeUrlCheckMode", UNSET)
        obj.safe_browsing_protection_level = (
            _convert.parse_enum(SafeBrowsingProtectionLevel, v)
            if (v := d.pop("safeBrowsingProtectionLevel", UNSET)).__class__ is str
            else v
        )
        obj.screen_lock_secured = d.pop("screenLockSecured", UNSET)
        obj.site_isolation_enabled = d.pop("siteIsolationEnabled", UNSET)
        obj.additional_properties = d
        return obj
