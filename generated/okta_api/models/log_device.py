from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .log_disk_encryption_type import LogDiskEncryptionType
from .log_screen_lock_type import LogScreenLockType

if TYPE_CHECKING:
    from typing import Self


_parse_disk_encryption_type = _convert.enum_parser(LogDiskEncryptionType)

_parse_screen_lock_type = _convert.enum_parser(LogScreenLockType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "device_integrator": ("device_integrator", None),
        "disk_encryption_type": ("disk_encryption_type", _parse_disk_encryption_type),
        "id": ("id", None),
        "jailbreak": ("jailbreak", None),
        "managed": ("managed", None),
        "name": ("name", None),
        "os_platform": ("os_platform", None),
        "os_version": ("os_version", None),
        "registered": ("registered", None),
        "screen_lock_type": ("screen_lock_type", _parse_screen_lock_type),
        "secure_hardware_present": ("secure_hardware_present", None),
    }

    device_integrator: dict[str, Any] | None = _attrs_field(init=False)
    disk_encryption_type: LogDiskEncryptionType | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    jailbreak: bool | None = _attrs_field(init=False)
    managed: bool | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    os_platform: str | None = _attrs_field(init=False)
    os_version: str | None = _attrs_field(init=False)
    registered: bool | None = _attrs_field(init=False)
    screen_lock_type: LogScreenLockType | None = _attrs_field(init=False)
    secure_hardware_present: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device_integrator: dict[str, Any] | None | Unset = UNSET,
        disk_encryption_type: LogDiskEncryptionType | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        jailbreak: bool | None | Unset = UNSET,
        managed: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        os_platform: str | None | Unset = UNSET,
        os_version: str | None | Unset = UNSET,
        registered: bool | None | Unset = UNSET,
        screen_lock_type: LogScreenLockType | None | Unset = UNSET,
        secure_hardware_present: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device_integrator is not UNSET:
            _set_field(self, "device_integrator", device_integrator)
        if disk_encryption_type is not UNSET:
            _set_field(self, "disk_encryption_type", disk_encryption_type)
        if id is not UNSET:
            _set_field(self, "id", id)
        if jailbreak is not UNSET:
            _set_field(self, "jailbreak", jailbreak)
        if managed is not UNSET:
            _set_field(self, "managed", managed)
        if name is not UNSET:
            _set_field(self, "name", name)
        if os_platform is not UNSET:
            _set_field(self, "os_platform", os_platform)
        if os_version is not UNSET:
            _set_field(self, "os_version", os_version)
        if registered is not UNSET:
            _set_field(self, "registered", registered)
        if screen_lock_type is not UNSET:
            _set_field(self, "screen_lock_type", screen_lock_type)
        if secure_hardware_present is not UNSET:
            _set_field(self, "secure_hardware_present", secure_hardware_present)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device_integrator", UNSET)) is not UNSET and not omit_read_only:
            d["device_integrator"] = v
        if (v := values.get("disk_encryption_type", UNSET)) is not UNSET:
            d["disk_encryption_type"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("jailbreak", UNSET)) is not UNSET and not omit_read_only:
            d["jailbreak"] = v
        if (v := values.get("managed", UNSET)) is not UNSET and not omit_read_only:
            d["managed"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("os_platform", UNSET)) is not UNSET and not omit_read_only:
            d["os_platform"] = v
        if (v := values.get("os_version", UNSET)) is not UNSET and not omit_read_only:
            d["os_version"] = v
        if (v := values.get("registered", UNSET)) is not UNSET and not omit_read_only:
            d["registered"] = v
        if (v := values.get("screen_lock_type", UNSET)) is not UNSET:
            d["screen_lock_type"] = v
        if (v := values.get("secure_hardware_present", UNSET)) is not UNSET and not omit_read_only:
            d["secure_hardware_present"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("device_integrator", UNSET)) is not UNSET:
            obj.device_integrator = v
        if (v := d.pop("disk_encryption_type", UNSET)) is not UNSET:
            obj.disk_encryption_type = _parse_disk_encryption_type(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("jailbreak", UNSET)) is not UNSET:
            obj.jailbreak = v
        if (v := d.pop("managed", UNSET)) is not UNSET:
            obj.managed = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("os_platform", UNSET)) is not UNSET:
            obj.os_platform = v
        if (v := d.pop("os_version", UNSET)) is not UNSET:
            obj.os_version = v
        if (v := d.pop("registered", UNSET)) is not UNSET:
            obj.registered = v
        if (v := d.pop("screen_lock_type", UNSET)) is not UNSET:
            obj.screen_lock_type = _parse_screen_lock_type(v, False)
        if (v := d.pop("secure_hardware_present", UNSET)) is not UNSET:
            obj.secure_hardware_present = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
