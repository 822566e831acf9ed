from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .log_disk_encryption_type import LogDiskEncryptionType
from .log_screen_lock_type import LogScreenLockType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogDevice(OktaModel):
    """The entity that describes a device enrolled with passwordless authentication using Okta Verify.

    Attributes:
        device_integrator (read-only, never sent): The integration platform or software used with the device
        disk_encryption_type: LogDiskEncryptionType
        id (read-only, never sent): ID of the device
        jailbreak (read-only, never sent): If the device has removed software restrictions
        managed (read-only, never sent): Indicates if the device is configured for device management and is registered with Okta
        name (read-only, never sent): str
        os_platform (read-only, never sent): str
        os_version (read-only, never sent): str
        registered (read-only, never sent): Indicates if the device is registered with an Okta org and is bound to an Okta Verify
            instance on the device
        screen_lock_type: LogScreenLockType
        secure_hardware_present (read-only, never sent): The availability of hardware security on the device
    """

    _json_names: ClassVar[dict[str, str]] = {
        "device_integrator": "device_integrator",
        "disk_encryption_type": "disk_encryption_type",
        "id": "id",
        "jailbreak": "jailbreak",
        "managed": "managed",
        "name": "name",
        "os_platform": "os_platform",
        "os_version": "os_version",
        "registered": "registered",
        "screen_lock_type": "screen_lock_type",
        "secure_hardware_present": "secure_hardware_present",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device_integrator": "dict",
        "disk_encryption_type": "enum",
        "id": "str",
        "jailbreak": "bool",
        "managed": "bool",
        "name": "str",
        "os_platform": "str",
        "os_version": "str",
        "registered": "bool",
        "screen_lock_type": "enum",
        "secure_hardware_present": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device_integrator": "device_integrator",
        "disk_encryption_type": lambda d: (
            _convert.parse_enum(LogDiskEncryptionType, v)
            if (v := d.get("disk_encryption_type", UNSET)).__class__ is str
            else v
        ),
        "id": "id",
        "jailbreak": "jailbreak",
        "managed": "managed",
        "name": "name",
        "os_platform": "os_platform",
        "os_version": "os_version",
        "registered": "registered",
        "screen_lock_type": lambda d: (
            _convert.parse_enum(LogScreenLockType, v) if (v := d.get("screen_lock_type", UNSET)).__class__ is str else v
        ),
        "secure_hardware_present": "secure_hardware_present",
        "additional_properties": lambda d: _convert.undeclared(d, LogDevice._json_names),
    }

    device_integrator: dict[str, Any] | None | Unset = UNSET
    disk_encryption_type: LogDiskEncryptionType | None | Unset = UNSET
    id: str | None | Unset = UNSET
    jailbreak: bool | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    os_platform: str | None | Unset = UNSET
    os_version: str | None | Unset = UNSET
    registered: bool | None | Unset = UNSET
    screen_lock_type: LogScreenLockType | None | Unset = UNSET
    secure_hardware_present: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device_integrator is not UNSET and not omit_read_only:
            d["device_integrator"] = self.device_integrator
        if self.disk_encryption_type is not UNSET:
            d["disk_encryption_type"] = self.disk_encryption_type
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.jailbreak is not UNSET and not omit_read_only:
            d["jailbreak"] = self.jailbreak
        if self.managed is not UNSET and not omit_read_only:
            d["managed"] = self.managed
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.os_platform is not UNSET and not omit_read_only:
            d["os_platform"] = self.os_platform
        if self.os_version is not UNSET and not omit_read_only:
            d["os_version"] = self.os_version
        if self.registered is not UNSET and not omit_read_only:
            d["registered"] = self.registered
        if self.screen_lock_type is not UNSET:
            d["screen_lock_type"] = self.screen_lock_type
        if self.secure_hardware_present is not UNSET and not omit_read_only:
            d["secure_hardware_present"] = self.secure_hardware_present
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device_integrator = d.pop("device_integrator", UNSET)
        obj.disk_encryption_type = (
            _convert.parse_enum(LogDiskEncryptionType, v)
            if (v := d.pop("disk_encryption_type", UNSET)).__class__ is str
            else v
        )
        obj.id = d.pop("id", UNSET)
        obj.jailbreak = d.pop("jailbreak", UNSET)
        obj.managed = d.pop("managed", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.os_platform = d.pop("os_platform", UNSET)
        obj.os_version = d.pop("os_version", UNSET)
        obj.registered = d.pop("registered", UNSET)
        obj.screen_lock_type = (
            _convert.parse_enum(LogScreenLockType, v) if (v := d.pop("screen_lock_type", UNSET)).__class__ is str else v
        )
        obj.secure_hardware_present = d.pop("secure_hardware_present", UNSET)
        obj.additional_properties = d
        return obj
