from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import (
    device_assurance_chrome_os_platform_third_party_signal_providers as _device_assurance_chrome_os_platform_third_party_signal_providers,
)
from . import device_posture_checks as _device_posture_checks
from . import grace_period as _grace_period
from . import links_self as _links_self
from .device_assurance import DeviceAssurance
from .device_assurance_display_remediation_mode import DeviceAssuranceDisplayRemediationMode
from .platform import Platform

if TYPE_CHECKING:
    from typing import Self

    from .device_assurance_chrome_os_platform_third_party_signal_providers import (
        DeviceAssuranceChromeOSPlatformThirdPartySignalProviders,
    )
    from .device_posture_checks import DevicePostureChecks
    from .grace_period import GracePeriod
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class DeviceAssuranceChromeOSPlatform(DeviceAssurance):
    """An Okta `DeviceAssuranceChromeOSPlatform`.

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
        third_party_signal_providers (`thirdPartySignalProviders`): Settings for third-party signal providers (based on the `CHROMEOS` platform)
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
        "third_party_signal_providers": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created_by": "createdBy",
        "created_date": "createdDate",
        "device_posture_checks": lambda d: (
            _device_posture_checks.DevicePostureChecks.from_json(v)
            if (v := d.get("devicePostureChecks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_posture_checks.DevicePostureChecks, v)
        ),
        "display_remediation_mode": lambda d: (
            _convert.parse_enum(DeviceAssuranceDisplayRemediationMode, v)
            if (v := d.get("displayRemediationMode", UNSET)).__class__ is str
            else v
        ),
        "grace_period": lambda d: (
            _grace_period.GracePeriod.from_json(v)
            if (v := d.get("gracePeriod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grace_period.GracePeriod, v)
        ),
        "id": "id",
        "last_update": "lastUpdate",
        "last_updated_by": "lastUpdatedBy",
        "name": "name",
        "platform": lambda d: (
            _convert.parse_enum(Platform, v) if (v := d.get("platform", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "third_party_signal_providers": lambda d: (
            _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders.from_json(
                v
            )
            if (v := d.get("thirdPartySignalProviders", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceAssuranceChromeOSPlatform._json_names),
    }

    created_by: str | None | Unset = UNSET
    created_date: str | None | Unset = UNSET
    device_posture_checks: DevicePostureChecks | None | Unset = UNSET
    display_remediation_mode: DeviceAssuranceDisplayRemediationMode | None | Unset = UNSET
    grace_period: GracePeriod | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_update: str | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    platform: Platform | None | Unset = Platform("CHROMEOS")
    field_links: LinksSelf | None | Unset = UNSET
    third_party_signal_providers: DeviceAssuranceChromeOSPlatformThirdPartySignalProviders | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.created_date is not UNSET and not omit_read_only:
            d["createdDate"] = self.created_date
        if self.device_posture_checks is not UNSET:
            d["devicePostureChecks"] = _convert.dump_model(self.device_posture_checks, omit_read_only)
        if self.display_remediation_mode is not UNSET:
            d["displayRemediationMode"] = self.display_remediation_mode
        if self.grace_period is not UNSET:
            d["gracePeriod"] = _convert.dump_model(self.grace_period, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_update is not UNSET and not omit_read_only:
            d["lastUpdate"] = self.last_update
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.name is not UNSET:
            d["name"] = self.name
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.third_party_signal_providers is not UNSET:
            d["thirdPartySignalProviders"] = _convert.dump_model(self.third_party_signal_providers, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created_by = d.pop("createdBy", UNSET)
        obj.created_date = d.pop("createdDate", UNSET)
        obj.device_posture_checks = (
            _device_posture_checks.DevicePostureChecks.from_dict(v)
            if (v := d.pop("devicePostureChecks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_posture_checks.DevicePostureChecks, v)
        )
        obj.display_remediation_mode = (
            _convert.parse_enum(DeviceAssuranceDisplayRemediationMode, v)
            if (v := d.pop("displayRemediationMode", UNSET)).__class__ is str
            else v
        )
        obj.grace_period = (
            _grace_period.GracePeriod.from_dict(v)
            if (v := d.pop("gracePeriod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grace_period.GracePeriod, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_update = d.pop("lastUpdate", UNSET)
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.platform = _convert.parse_enum(Platform, v) if (v := d.pop("platform", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.third_party_signal_providers = (
            _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders.from_dict(
                v
            )
            if (v := d.pop("thirdPartySignalProviders", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders,
                v,
            )
        )
        obj.additional_properties = d
        return obj
