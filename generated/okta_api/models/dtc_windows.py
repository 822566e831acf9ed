from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import chrome_browser_version as _chrome_browser_version
from . import os_version_four_components as _os_version_four_components
from .key_trust_level_browser_key import KeyTrustLevelBrowserKey
from .password_protection_warning_trigger import PasswordProtectionWarningTrigger
from .safe_browsing_protection_level import SafeBrowsingProtectionLevel

if TYPE_CHECKING:
    from typing import Self

    from .chrome_browser_version import ChromeBrowserVersion
    from .os_version_four_components import OSVersionFourComponents


def _parse_browser_version(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _chrome_browser_version.ChromeBrowserVersion.from_json(v)
            if lazy
            else _chrome_browser_version.ChromeBrowserVersion.from_dict(v)
        )
    return _convert.parse_model(_chrome_browser_version.ChromeBrowserVersion, v)


_parse_key_trust_level = _convert.enum_parser(KeyTrustLevelBrowserKey)


def _parse_os_version(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_version_four_components.OSVersionFourComponents.from_json(v)
            if lazy
            else _os_version_four_components.OSVersionFourComponents.from_dict(v)
        )
    return _convert.parse_model(_os_version_four_components.OSVersionFourComponents, v)


_parse_password_protection_warning_trigger = _convert.enum_parser(PasswordProtectionWarningTrigger)

_parse_safe_browsing_protection_level = _convert.enum_parser(SafeBrowsingProtectionLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DTCWindows(OktaModel):
    """Google Chrome Device Trust Connector provider

    Attributes:
        antivirus_enabled (`antivirusEnabled`): Indicates whether antivirus software is enabled
        browser_version (`browserVersion`): Current version of the Chrome Browser
        built_in_dns_client_enabled (`builtInDnsClientEnabled`): Indicates if a software stack is used to communicate with the DNS server
        chrome_remote_desktop_app_blocked (`chromeRemoteDesktopAppBlocked`): Indicates whether access to the Chrome Remote Desktop application is blocked through a
            policy
        crowd_strike_agent_id (`crowdStrikeAgentId`): Agent ID of an installed CrowdStrike agent
        crowd_strike_customer_id (`crowdStrikeCustomerId`): Customer ID of an installed CrowdStrike agent
        device_enrollment_domain (`deviceEnrollmentDomain`): Enrollment domain of the customer that is currently managing the device
        disk_encrypted (`diskEncrypted`): Indicates whether the main disk is encrypted
        key_trust_level (`keyTrustLevel`): Represents the attestation strength used by the Chrome Verified Access API
        os_firewall (`osFirewall`): Indicates whether a firewall is enabled at the OS-level on the device
        os_version (`osVersion`): Current version of the operating system (maximum of four components in the versioning
            scheme)
        password_protection_warning_trigger (`passwordProtectionWarningTrigger`): Indicates whether the Password Protection Warning feature is enabled
        realtime_url_check_mode (`realtimeUrlCheckMode`): Indicates whether enterprise-grade (custom) unsafe URL scanning is enabled
        safe_browsing_protection_level (`safeBrowsingProtectionLevel`): Represents the current value of the Safe Browsing protection level
        screen_lock_secured (`screenLockSecured`): Indicates whether the device is password-protected
        secure_boot_enabled (`secureBootEnabled`): Indicates whether the device's startup software has its Secure Boot feature enabled
        site_isolation_enabled (`siteIsolationEnabled`): Indicates whether the Site Isolation (also known as **Site Per Process**) setting is
            enabled
        third_party_blocking_enabled (`thirdPartyBlockingEnabled`): Indicates whether Chrome is blocking third-party software injection
        windows_machine_domain (`windowsMachineDomain`): Windows domain that the current machine has joined
        windows_user_domain (`windowsUserDomain`): Windows domain for the current OS user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "antivirusEnabled": "antivirus_enabled",
        "browserVersion": "browser_version",
        "builtInDnsClientEnabled": "built_in_dns_client_enabled",
        "chromeRemoteDesktopAppBlocked": "chrome_remote_desktop_app_blocked",
        "crowdStrikeAgentId": "crowd_strike_agent_id",
        "crowdStrikeCustomerId": "crowd_strike_customer_id",
        "deviceEnrollmentDomain": "device_enrollment_domain",
        "diskEncrypted": "disk_encrypted",
        "keyTrustLevel": "key_trust_level",
        "osFirewall": "os_firewall",
        "osVersion": "os_version",
        "passwordProtectionWarningTrigger": "password_protection_warning_trigger",
        "realtimeUrlCheckMode": "realtime_url_check_mode",
        "safeBrowsingProtectionLevel": "safe_browsing_protection_level",
        "screenLockSecured": "screen_lock_secured",
        "secureBootEnabled": "secure_boot_enabled",
        "siteIsolationEnabled": "site_isolation_enabled",
        "thirdPartyBlockingEnabled": "third_party_blocking_enabled",
        "windowsMachineDomain": "windows_machine_domain",
        "windowsUserDomain": "windows_user_domain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "antivirus_enabled": "bool",
        "browser_version": "model",
        "built_in_dns_client_enabled": "bool",
        "chrome_remote_desktop_app_blocked": "bool",
        "crowd_strike_agent_id": "str",
        "crowd_strike_customer_id": "str",
        "device_enrollment_domain": "str",
        "disk_encrypted": "bool",
        "key_trust_level": "enum",
        "os_firewall": "bool",
        "os_version": "model",
        "password_protection_warning_trigger": "enum",
        "realtime_url_check_mode": "bool",
        "safe_browsing_protection_level": "enum",
        "screen_lock_secured": "bool",
        "secure_boot_enabled": "bool",
        "site_isolation_enabled": "bool",
        "third_party_blocking_enabled": "bool",
        "windows_machine_domain": "str",
        "windows_user_domain": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "antivirus_enabled": ("antivirusEnabled", None),
        "browser_version": ("browserVersion", _parse_browser_version),
        "built_in_dns_client_enabled": ("builtInDnsClientEnabled", None),
        "chrome_remote_desktop_app_blocked": ("chromeRemoteDesktopAppBlocked", None),
        "crowd_strike_agent_id": ("crowdStrikeAgentId", None),
        "crowd_strike_customer_id": ("crowdStrikeCustomerId", None),
        "device_enrollment_domain": ("deviceEnrollmentDomain", None),
        "disk_encrypted": ("diskEncrypted", None),
        "key_trust_level": ("keyTrustLevel", _parse_key_trust_level),
        "os_firewall": ("osFirewall", None),
        "os_version": ("osVersion", _parse_os_version),
        "password_protection_warning_trigger": (
            "passwordProtectionWarningTrigger",
            _parse_password_protection_warning_trigger,
        ),
        "realtime_url_check_mode": ("realtimeUrlCheckMode", None),
        "safe_browsing_protection_level": ("safeBrowsingProtectionLevel", _parse_safe_browsing_protection_level),
        "screen_lock_secured": ("screenLockSecured", None),
        "secure_boot_enabled": ("secureBootEnabled", None),
        "site_isolation_enabled": ("siteIsolationEnabled", None),
        "third_party_blocking_enabled": ("thirdPartyBlockingEnabled", None),
        "windows_machine_domain": ("windowsMachineDomain", None),
        "windows_user_domain": ("windowsUserDomain", None),
    }

    antivirus_enabled: bool | None = _attrs_field(init=False)
    browser_version: ChromeBrowserVersion | None = _attrs_field(init=False)
    built_in_dns_client_enabled: bool | None = _attrs_field(init=False)
    chrome_remote_desktop_app_blocked: bool | None = _attrs_field(init=False)
    crowd_strike_agent_id: str | None = _attrs_field(init=False)
    crowd_strike_customer_id: str | None = _attrs_field(init=False)
    device_enrollment_domain: str | None = _attrs_field(init=False)
    disk_encrypted: bool | None = _attrs_field(init=False)
    key_trust_level: KeyTrustLevelBrowserKey | None = _attrs_field(init=False)
    os_firewall: bool | None = _attrs_field(init=False)
    os_version: OSVersionFourComponents | None = _attrs_field(init=False)
    password_protection_warning_trigger: PasswordProtectionWarningTrigger | None = _attrs_field(init=False)
    realtime_url_check_mode: bool | None = _attrs_field(init=False)
    safe_browsing_protection_level: SafeBrowsingProtectionLevel | None = _attrs_field(init=False)
    screen_lock_secured: bool | None = _attrs_field(init=False)
    secure_boot_enabled: bool | None = _attrs_field(init=False)
    site_isolation_enabled: bool | None = _attrs_field(init=False)
    third_party_blocking_enabled: bool | None = _attrs_field(init=False)
    windows_machine_domain: str | None = _attrs_field(init=False)
    windows_user_domain: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        antivirus_enabled: bool | None | Unset = UNSET,
        browser_version: ChromeBrowserVersion | None | Unset = UNSET,
        built_in_dns_client_enabled: bool | None | Unset = UNSET,
        chrome_remote_desktop_app_blocked: bool | None | Unset = UNSET,
        crowd_strike_agent_id: str | None | Unset = UNSET,
        crowd_strike_customer_id: str | None | Unset = UNSET,
        device_enrollment_domain: str | None | Unset = UNSET,
        disk_encrypted: bool | None | Unset = UNSET,
        key_trust_level: KeyTrustLevelBrowserKey | None | Unset = UNSET,
        os_firewall: bool | None | Unset = UNSET,
        os_version: OSVersionFourComponents | None | Unset = UNSET,
        password_protection_warning_trigger: PasswordProtectionWarningTrigger | None | Unset = UNSET,
        realtime_url_check_mode: bool | None | Unset = UNSET,
        safe_browsing_protection_level: SafeBrowsingProtectionLevel | None | Unset = UNSET,
        screen_lock_secured: bool | None | Unset = UNSET,
        secure_boot_enabled: bool | None | Unset = UNSET,
        site_isolation_enabled: bool | None | Unset = UNSET,
        third_party_blocking_enabled: bool | None | Unset = UNSET,
        windows_machine_domain: str | None | Unset = UNSET,
        windows_user_domain: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if antivirus_enabled is not UNSET:
            _set_field(self, "antivirus_enabled", antivirus_enabled)
        if browser_version is not UNSET:
            _set_field(self, "browser_version", browser_version)
        if built_in_dns_client_enabled is not UNSET:
            _set_field(self, "built_in_dns_client_enabled", built_in_dns_client_enabled)
        if chrome_remote_desktop_app_blocked is not UNSET:
            _set_field(self, "chrome_remote_desktop_app_blocked", chrome_remote_desktop_app_blocked)
        if crowd_strike_agent_id is not UNSET:
            _set_field(self, "crowd_strike_agent_id", crowd_strike_agent_id)
        if crowd_strike_customer_id is not UNSET:
            _set_field(self, "crowd_strike_customer_id", crowd_strike_customer_id)
        if device_enrollment_domain is not UNSET:
            _set_field(self, "device_enrollment_domain", device_enrollment_domain)
        if disk_encrypted is not UNSET:
            _set_field(self, "disk_encrypted", disk_encrypted)
        if key_trust_level is not UNSET:
            _set_field(self, "key_trust_level", key_trust_level)
        if os_firewall is not UNSET:
            _set_field(self, "os_firewall", os_firewall)
        if os_version is not UNSET:
            _set_field(self, "os_version", os_version)
        if password_protection_warning_trigger is not UNSET:
            _set_field(self, "password_protection_warning_trigger", password_protection_warning_trigger)
        if realtime_url_check_mode is not UNSET:
            _set_field(self, "realtime_url_check_mode", realtime_url_check_mode)
        if safe_browsing_protection_level is not UNSET:
            _set_field(self, "safe_browsing_protection_level", safe_browsing_protection_level)
        if screen_lock_secured is not UNSET:
            _set_field(self, "screen_lock_secured", screen_lock_secured)
        if secure_boot_enabled is not UNSET:
            _set_field(self, "secure_boot_enabled", secure_boot_enabled)
        if site_isolation_enabled is not UNSET:
            _set_field(self, "site_isolation_enabled", site_isolation_enabled)
        if third_party_blocking_enabled is not UNSET:
            _set_field(self, "third_party_blocking_enabled", third_party_blocking_enabled)
        if windows_machine_domain is not UNSET:
            _set_field(self, "windows_machine_domain", windows_machine_domain)
        if windows_user_domain is not UNSET:
            _set_field(self, "windows_user_domain", windows_user_domain)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("antivirus_enabled", UNSET)) is not UNSET:
            d["antivirusEnabled"] = v
        if (v := values.get("browser_version", UNSET)) is not UNSET:
            d["browserVersion"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("built_in_dns_client_enabled", UNSET)) is not UNSET:
            d["builtInDnsClientEnabled"] = v
        if (v := values.get("chrome_remote_desktop_app_blocked", UNSET)) is not UNSET:
            d["chromeRemoteDesktopAppBlocked"] = v
        if (v := values.get("crowd_strike_agent_id", UNSET)) is not UNSET:
            d["crowdStrikeAgentId"] = v
        if (v := values.get("crowd_strike_customer_id", UNSET)) is not UNSET:
            d["crowdStrikeCustomerId"] = v
        if (v := values.get("device_enrollment_domain", UNSET)) is not UNSET:
            d["deviceEnrollmentDomain"] = v
        if (v := values.get("disk_encrypted", UNSET)) is not UNSET:
            d["diskEncrypted"] = v
        if (v := values.get("key_trust_level", UNSET)) is not UNSET:
            d["keyTrustLevel"] = v
        if (v := values.get("os_firewall", UNSET)) is not UNSET:
            d["osFirewall"] = v
        if (v := values.get("os_version", UNSET)) is not UNSET:
            d["osVersion"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("password_protection_warning_trigger", UNSET)) is not UNSET:
            d["passwordProtectionWarningTrigger"] = v
        if (v := values.get("realtime_url_check_mode", UNSET)) is not UNSET:
            d["realtimeUrlCheckMode"] = v
        if (v := values.get("safe_browsing_protection_level", UNSET)) is not UNSET:
            d["safeBrowsingProtectionLevel"] = v
        if (v := values.get("screen_lock_secured", UNSET)) is not UNSET:
            d["screenLockSecured"] = v
        if (v := values.get("secure_boot_enabled", UNSET)) is not UNSET:
            d["secureBootEnabled"] = v
        if (v := values.get("site_isolation_enabled", UNSET)) is not UNSET:
            d["siteIsolationEnabled"] = v
        if (v := values.get("third_party_blocking_enabled", UNSET)) is not UNSET:
            d["thirdPartyBlockingEnabled"] = v
        if (v := values.get("windows_machine_domain", UNSET)) is not UNSET:
            d["windowsMachineDomain"] = v
        if (v := values.get("windows_user_domain", UNSET)) is not UNSET:
            d["windowsUserDomain"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("antivirusEnabled", UNSET)) is not UNSET:
            obj.antivirus_enabled = v
        if (v := d.pop("browserVersion", UNSET)) is not UNSET:
            obj.browser_version = _parse_browser_version(v, False)
        if (v := d.pop("builtInDnsClientEnabled", UNSET)) is not UNSET:
            obj.built_in_dns_client_enabled = v
        if (v := d.pop("chromeRemoteDesktopAppBlocked", UNSET)) is not UNSET:
            obj.chrome_remote_desktop_app_blocked = v
        if (v := d.pop("crowdStrikeAgentId", UNSET)) is not UNSET:
            obj.crowd_strike_agent_id = v
        if (v := d.pop("crowdStrikeCustomerId", UNSET)) is not UNSET:
            obj.crowd_strike_customer_id = v
        if (v := d.pop("deviceEnrollmentDomain", UNSET)) is not UNSET:
            obj.device_enrollment_domain = v
        if (v := d.pop("diskEncrypted", UNSET)) is not UNSET:
            obj.disk_encrypted = v
        if (v := d.pop("keyTrustLevel", UNSET)) is not UNSET:
            obj.key_trust_level = _parse_key_trust_level(v, False)
        if (v := d.pop("osFirewall", UNSET)) is not UNSET:
            obj.os_firewall = v
        if (v := d.pop("osVersion", UNSET)) is not UNSET:
            obj.os_version = _parse_os_version(v, False)
        if (v := d.pop("passwordProtectionWarningTrigger", UNSET)) is not UNSET:
            obj.password_protection_warning_trigger = _parse_password_protection_warning_trigger(v, False)
        if (v := d.pop("realtimeUrlCheckMode", UNSET)) is not UNSET:
            obj.realtime_url_check_mode = v
        if (v := d.pop("safeBrowsingProtectionLevel", UNSET)) is not UNSET:
            obj.safe_browsing_protection_level = _parse_safe_browsing_protection_level(v, False)
        if (v := d.pop("screenLockSecured", UNSET)) is not UNSET:
            obj.screen_lock_secured = v
        if (v := d.pop("secureBootEnabled", UNSET)) is not UNSET:
            obj.secure_boot_enabled = v
        if (v := d.pop("siteIsolationEnabled", UNSET)) is not UNSET:
            obj.site_isolation_enabled = v
        if (v := d.pop("thirdPartyBlockingEnabled", UNSET)) is not UNSET:
            obj.third_party_blocking_enabled = v
        if (v := d.pop("windowsMachineDomain", UNSET)) is not UNSET:
            obj.windows_machine_domain = v
        if (v := d.pop("windowsUserDomain", UNSET)) is not UNSET:
            obj.windows_user_domain = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
