from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


def _parse_third_party_signal_providers(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders.from_json(
                v
            )
            if lazy
            else _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_assurance_chrome_os_platform_third_party_signal_providers.DeviceAssuranceChromeOSPlatformThirdPartySignalProviders,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
    third_party_signal_providers: DeviceAssuranceChromeOSPlatformThirdPartySignalProviders | None = _attrs_field(
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
        platform: Platform | None | Unset = Platform("CHROMEOS"),
        field_links: LinksSelf | None | Unset = UNSET,
        third_party_signal_providers: DeviceAssuranceChromeOSPlatformThirdPartySignalProviders | None | Unset = UNSET,
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
        if (v := d.pop("thirdPartySignalProviders", UNSET)) is not UNSET:
            obj.third_party_signal_providers = _parse_third_party_signal_providers(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
