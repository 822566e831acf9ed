from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import (
    device_assurance_windows_platform_disk_encryption_type as _device_assurance_windows_platform_disk_encryption_type,
)
from . import device_assurance_windows_platform_screen_lock_type as _device_assurance_windows_platform_screen_lock_type
from . import (
    device_assurance_windows_platform_third_party_signal_providers as _device_assurance_windows_platform_third_party_signal_providers,
)
from . import device_posture_checks as _device_posture_checks
from . import grace_period as _grace_period
from . import links_self as _links_self
from . import os_version_constraint as _os_version_constraint
from . import os_version_four_components as _os_version_four_components
from .device_assurance import DeviceAssurance
from .device_assurance_display_remediation_mode import DeviceAssuranceDisplayRemediationMode
from .platform import Platform

if TYPE_CHECKING:
    from typing import Self

    from .device_assurance_windows_platform_disk_encryption_type import DeviceAssuranceWindowsPlatformDiskEncryptionType
    from .device_assurance_windows_platform_screen_lock_type import DeviceAssuranceWindowsPlatformScreenLockType
    from .device_assurance_windows_platform_third_party_signal_providers import (
        DeviceAssuranceWindowsPlatformThirdPartySignalProviders,
    )
    from .device_posture_checks import DevicePostureChecks
    from .grace_period import GracePeriod
    from .links_self import LinksSelf
    from .os_version_constraint import OSVersionConstraint
    from .os_version_four_components import OSVersionFourComponents


def _parse_device_posture_checks(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_posture_checks.DevicePostureChecks.from_json(v)
            if lazy
            else _device_posture_checks.DevicePostureChecks.from_dict(v)
        )
    return _convert.parse_model(_device_posture_checks.DevicePostureChecks, v)


_parse_display_remediation_mode = _convert.enum_parser(DeviceAssuranceDisplayRemediationMode)


def _parse_grace_period(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _grace_period.GracePeriod.from_json(v) if lazy else _grace_period.GracePeriod.from_dict(v)
    return _convert.parse_model(_grace_period.GracePeriod, v)


_parse_platform = _convert.enum_parser(Platform)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


def _parse_disk_encryption_type(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_assurance_windows_platform_disk_encryption_type.DeviceAssuranceWindowsPlatformDiskEncryptionType.from_json(
                v
            )
            if lazy
            else _device_assurance_windows_platform_disk_encryption_type.DeviceAssuranceWindowsPlatformDiskEncryptionType.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_assurance_windows_platform_disk_encryption_type.DeviceAssuranceWindowsPlatformDiskEncryptionType, v
    )


def _parse_os_version(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_version_four_components.OSVersionFourComponents.from_json(v)
            if lazy
            else _os_version_four_components.OSVersionFourComponents.from_dict(v)
        )
    return _convert.parse_model(_os_version_four_components.OSVersionFourComponents, v)


def _parse_os_version_constraints(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _os_version_constraint.OSVersionConstraint.from_json
        if lazy
        else _os_version_constraint.OSVersionConstraint.from_dict,
        v,
    )


def _parse_screen_lock_type(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_assurance_windows_platform_screen_lock_type.DeviceAssuranceWindowsPlatformScreenLockType.from_json(
                v
            )
            if lazy
            else _device_assurance_windows_platform_screen_lock_type.DeviceAssuranceWindowsPlatformScreenLockType.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_assurance_windows_platform_screen_lock_type.DeviceAssuranceWindowsPlatformScreenLockType, v
    )


def _parse_third_party_signal_providers(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_assurance_windows_platform_third_party_signal_providers.DeviceAssuranceWindowsPlatformThirdPartySignalProviders.from_json(
                v
            )
            if lazy
            else _device_assurance_windows_platform_third_party_signal_providers.DeviceAssuranceWindowsPlatformThirdPartySignalProviders.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_assurance_windows_platform_third_party_signal_providers.DeviceAssuranceWindowsPlatformThirdPartySignalProviders,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceAssuranceWindowsPlatform(DeviceAssurance):
    """An Okta `DeviceAssuranceWindowsPlatform`.

    Attributes:
        created_by (`createdBy`, read-only, never sent): str
        created_date (`createdDate`, read-only, never sent): str
        device_posture_checks (`devicePostureChecks`): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>Represents the Device Posture Checks
            configuration for the device assurance policy
        display_remediation_mode (`displayRemediationMode`): DeviceAssuranceDisplayRemediationMode
        grace_period (`gracePeriod`): Represents the Grace Period configuration for the device assurance policy
        id (read-only, never sent): str
        last_update (`lastUpdate`, read-only, never sent): str
        last_updated_by (`lastUpdatedBy`, read-only, never sent): str
        name: Display name of the device assurance policy
        platform: Platform
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        disk_encryption_type (`diskEncryptionType`): DeviceAssuranceWindowsPlatformDiskEncryptionType
        os_version (`osVersion`): Current version of the operating system (maximum of four components in the versioning
            scheme)
        os_version_constraints (`osVersionConstraints`): Specifies the Windows version requirements for the assurance policy. Each requirement must
            correspond to a different major version (Windows 11 or Windows 10). If a requirement isn't
            specified for a major version, then devices on that major version satisfy the condition.

            There are two types of OS requirements:
            * **Static**: A specific Windows version requirement that doesn't change until you update
            the policy. A static OS Windows requirement is specified with `majorVersionConstraint` and
            `minimum`.
            * **Dynamic**: A Windows version requirement that is relative to the latest major release
            and security patch. A dynamic OS Windows requirement is specified with
            `majorVersionConstraint` and `dynamicVersionRequirement`.

            > **Note:** Dynamic OS requirements are available only if the **Dynamic OS version
            compliance** [self-service
            EA](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature is enabled. The `osVersionConstraints` property is only supported for the Windows
            platform. You can't specify both `osVersion.minimum` and `osVersionConstraints` properties
            at the same time.
        screen_lock_type (`screenLockType`): DeviceAssuranceWindowsPlatformScreenLockType
        secure_hardware_present (`secureHardwarePresent`): bool
        third_party_signal_providers (`thirdPartySignalProviders`): Settings for third-party signal providers (based on the `WINDOWS` platform)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "createdBy": "created_by",
        "createdDate": "created_date",
        "devicePostureChecks": "device_posture_checks",
        "displayRemediationMode": "display_remediation_mode",
        "gracePeriod": "grace_period",
        "id": "id",
        "lastUpdate": "last_update",
        "lastUpdatedBy": "last_updated_by",
        "name": "name",
        "platform": "platform",
        "_links": "field_links",
        "diskEncryptionType": "disk_encryption_type",
        "osVersion": "os_version",
        "osVersionConstraints": "os_version_constraints",
        "screenLockType": "screen_lock_type",
        "secureHardwarePresent": "secure_hardware_present",
        "thirdPartySignalProviders": "third_party_signal_providers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created_by": "str",
        "created_date": "str",
        "device_posture_checks": "model",
        "display_remediation_mode": "enum",
        "grace_period": "model",
        "id": "str",
        "last_update": "str",
        "last_updated_by": "str",
        "name": "str",
        "platform": "enum",
        "field_links": "model",
        "disk_encryption_type": "model",
        "os_version": "model",
        "os_version_constraints": "list:model",
        "screen_lock_type": "model",
        "secure_hardware_present": "bool",
        "third_party_signal_providers": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created_by": ("createdBy", None),
        "created_date": ("createdDate", None),
        "device_posture_checks": ("devicePostureChecks", _parse_device_posture_checks),
        "display_remediation_mode": ("displayRemediationMode", _parse_display_remediation_mode),
        "grace_period": ("gracePeriod", _parse_grace_period),
        "id": ("id", None),
        "last_update": ("lastUpdate", None),
        "last_updated_by": ("lastUpdatedBy", None),
        "name": ("name", None),
        "platform": ("platform", _parse_platform),
        "field_links": ("_links", _parse_field_links),
        "disk_encryption_type": ("diskEncryptionType", _parse_disk_encryption_type),
        "os_version": ("osVersion", _parse_os_version),
        "os_version_constraints": ("osVersionConstraints", _parse_os_version_constraints),
        "screen_lock_type": ("screenLockType", _parse_screen_lock_type),
        "secure_hardware_present": ("secureHardwarePresent", None),
        "third_party_signal_providers": ("thirdPartySignalProviders", _parse_third_party_signal_providers),
    }

    created_by: str | None = _attrs_field(init=False)
    created_date: str | None = _attrs_field(init=False)
    device_posture_checks: DevicePostureChecks | None = _attrs_field(init=False)
    display_remediation_mode: DeviceAssuranceDisplayRemediationMode | None = _attrs_field(init=False)
    grace_period: GracePeriod | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_update: str | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    platform: Platform | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)
    disk_encryption_type: DeviceAssuranceWindowsPlatformDiskEncryptionType | None = _attrs_field(init=False)
    os_version: OSVersionFourComponents | None = _attrs_field(init=False)
    os_version_constraints: list[OSVersionConstraint] | None = _attrs_field(init=False)
    screen_lock_type: DeviceAssuranceWindowsPlatformScreenLockType | None = _attrs_field(init=False)
    secure_hardware_present: bool | None = _attrs_field(init=False)
    third_party_signal_providers: DeviceAssuranceWindowsPlatformThirdPartySignalProviders | None = _attrs_field(
        init=False
    )

    def __init__(
        self,
        *,
        created_by: str | None | Unset = UNSET,
        created_date: str | None | Unset = UNSET,
        device_posture_checks: DevicePostureChecks | None | Unset = UNSET,
        display_remediation_mode: DeviceAssuranceDisplayRemediationMode | None | Unset = UNSET,
        grace_period: GracePeriod | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_update: str | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        platform: Platform | None | Unset = Platform("WINDOWS"),
        field_links: LinksSelf | None | Unset = UNSET,
        disk_encryption_type: DeviceAssuranceWindowsPlatformDiskEncryptionType | None | Unset = UNSET,
        os_version: OSVersionFourComponents | None | Unset = UNSET,
        os_version_constraints: list[OSVersionConstraint] | None | Unset = UNSET,
        screen_lock_type: DeviceAssuranceWindowsPlatformScreenLockType | None | Unset = UNSET,
        secure_hardware_present: bool | None | Unset = UNSET,
        third_party_signal_providers: DeviceAssuranceWindowsPlatformThirdPartySignalProviders | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if created_date is not UNSET:
            _set_field(self, "created_date", created_date)
        if device_posture_checks is not UNSET:
            _set_field(self, "device_posture_checks", device_posture_checks)
        if display_remediation_mode is not UNSET:
            _set_field(self, "display_remediation_mode", display_remediation_mode)
        if grace_period is not UNSET:
            _set_field(self, "grace_period", grace_period)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_update is not UNSET:
            _set_field(self, "last_update", last_update)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if name is not UNSET:
            _set_field(self, "name", name)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if disk_encryption_type is not UNSET:
            _set_field(self, "disk_encryption_type", disk_encryption_type)
        if os_version is not UNSET:
            _set_field(self, "os_version", os_version)
        if os_version_constraints is not UNSET:
            _set_field(self, "os_version_constraints", os_version_constraints)
        if screen_lock_type is not UNSET:
            _set_field(self, "screen_lock_type", screen_lock_type)
        if secure_hardware_present is not UNSET:
            _set_field(self, "secure_hardware_present", secure_hardware_present)
        if third_party_signal_providers is not UNSET:
            _set_field(self, "third_party_signal_providers", third_party_signal_providers)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("created_date", UNSET)) is not UNSET and not omit_read_only:
            d["createdDate"] = v
        if (v := values.get("device_posture_checks", UNSET)) is not UNSET:
            d["devicePostureChecks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("display_remediation_mode", UNSET)) is not UNSET:
            d["displayRemediationMode"] = v
        if (v := values.get("grace_period", UNSET)) is not UNSET:
            d["gracePeriod"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_update", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdate"] = v
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("disk_encryption_type", UNSET)) is not UNSET:
            d["diskEncryptionType"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("os_version", UNSET)) is not UNSET:
            d["osVersion"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("os_version_constraints", UNSET)) is not UNSET:
            d["osVersionConstraints"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("screen_lock_type", UNSET)) is not UNSET:
            d["screenLockType"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("secure_hardware_present", UNSET)) is not UNSET:
            d["secureHardwarePresent"] = v
        if (v := values.get("third_party_signal_providers", UNSET)) is not UNSET:
            d["thirdPartySignalProviders"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("createdDate", UNSET)) is not UNSET:
            obj.created_date = v
        if (v := d.pop("devicePostureChecks", UNSET)) is not UNSET:
            obj.device_posture_checks = _parse_device_posture_checks(v, False)
        if (v := d.pop("displayRemediationMode", UNSET)) is not UNSET:
            obj.display_remediation_mode = _parse_display_remediation_mode(v, False)
        if (v := d.pop("gracePeriod", UNSET)) is not UNSET:
            obj.grace_period = _parse_grace_period(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdate", UNSET)) is not UNSET:
            obj.last_update = v
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("diskEncryptionType", UNSET)) is not UNSET:
            obj.disk_encryption_type = _parse_disk_encryption_type(v, False)
        if (v := d.pop("osVersion", UNSET)) is not UNSET:
            obj.os_version = _parse_os_version(v, False)
        if (v := d.pop("osVersionConstraints", UNSET)) is not UNSET:
            obj.os_version_constraints = _parse_os_version_constraints(v, False)
        if (v := d.pop("screenLockType", UNSET)) is not UNSET:
            obj.screen_lock_type = _parse_screen_lock_type(v, False)
        if (v := d.pop("secureHardwarePresent", UNSET)) is not UNSET:
            obj.secure_hardware_present = v
        if (v := d.pop("thirdPartySignalProviders", UNSET)) is not UNSET:
            obj.third_party_signal_providers = _parse_third_party_signal_providers(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
