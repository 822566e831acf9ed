from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .device_platform import DevicePlatform
from .disk_encryption_type_def import DiskEncryptionTypeDef

if TYPE_CHECKING:
    from typing import Self


_parse_platform = _convert.enum_parser(DevicePlatform)

_parse_disk_encryption_type = _convert.enum_parser(DiskEncryptionTypeDef)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceProfile(OktaModel):
    """An Okta `DeviceProfile`.

    Attributes:
        display_name (`displayName`): Display name of the device
        platform: OS platform of the device
        registered: Indicates if the device is registered at Okta
        disk_encryption_type (`diskEncryptionType`): Type of encryption used on the device
            > **Note:** The following values map to Disk Encryption ON: `FULL`, `USER`,
            `ALL_INTERNAL_VOLUMES`. All other values map to Disk Encryption OFF.
        imei: International Mobile Equipment Identity (IMEI) of the device
        integrity_jailbreak (`integrityJailbreak`): Indicates if the device is jailbroken or rooted. Only applicable to `IOS` and `ANDROID`
            platforms
        managed: Indicates if the device is managed by mobile device management (MDM) software
        manufacturer: Name of the manufacturer of the device
        meid: Mobile equipment identifier of the device
        model: Model of the device
        os_version (`osVersion`): Version of the device OS
        secure_hardware_present (`secureHardwarePresent`): Indicates if the device contains a secure hardware functionality
        serial_number (`serialNumber`): Serial number of the device
        sid: Windows Security identifier of the device
        tpm_public_key_hash (`tpmPublicKeyHash`): Windows Trusted Platform Module hash value
        udid: macOS Unique device identifier of the device
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "platform": "platform",
        "registered": "registered",
        "diskEncryptionType": "disk_encryption_type",
        "imei": "imei",
        "integrityJailbreak": "integrity_jailbreak",
        "managed": "managed",
        "manufacturer": "manufacturer",
        "meid": "meid",
        "model": "model",
        "osVersion": "os_version",
        "secureHardwarePresent": "secure_hardware_present",
        "serialNumber": "serial_number",
        "sid": "sid",
        "tpmPublicKeyHash": "tpm_public_key_hash",
        "udid": "udid",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "platform": "enum",
        "registered": "bool",
        "disk_encryption_type": "enum",
        "imei": "str",
        "integrity_jailbreak": "bool",
        "managed": "bool",
        "manufacturer": "str",
        "meid": "str",
        "model": "str",
        "os_version": "str",
        "secure_hardware_present": "bool",
        "serial_number": "str",
        "sid": "str",
        "tpm_public_key_hash": "str",
        "udid": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": ("displayName", None),
        "platform": ("platform", _parse_platform),
        "registered": ("registered", None),
        "disk_encryption_type": ("diskEncryptionType", _parse_disk_encryption_type),
        "imei": ("imei", None),
        "integrity_jailbreak": ("integrityJailbreak", None),
        "managed": ("managed", None),
        "manufacturer": ("manufacturer", None),
        "meid": ("meid", None),
        "model": ("model", None),
        "os_version": ("osVersion", None),
        "secure_hardware_present": ("secureHardwarePresent", None),
        "serial_number": ("serialNumber", None),
        "sid": ("sid", None),
        "tpm_public_key_hash": ("tpmPublicKeyHash", None),
        "udid": ("udid", None),
    }

    display_name: str | None = _attrs_field(init=False)
    platform: DevicePlatform | None = _attrs_field(init=False)
    registered: bool | None = _attrs_field(init=False)
    disk_encryption_type: DiskEncryptionTypeDef | None = _attrs_field(init=False)
    imei: str | None = _attrs_field(init=False)
    integrity_jailbreak: bool | None = _attrs_field(init=False)
    managed: bool | None = _attrs_field(init=False)
    manufacturer: str | None = _attrs_field(init=False)
    meid: str | None = _attrs_field(init=False)
    model: str | None = _attrs_field(init=False)
    os_version: str | None = _attrs_field(init=False)
    secure_hardware_present: bool | None = _attrs_field(init=False)
    serial_number: str | None = _attrs_field(init=False)
    sid: str | None = _attrs_field(init=False)
    tpm_public_key_hash: str | None = _attrs_field(init=False)
    udid: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        display_name: str | None | Unset,
        platform: DevicePlatform | None | Unset,
        registered: bool | None | Unset,
        disk_encryption_type: DiskEncryptionTypeDef | None | Unset = UNSET,
        imei: str | None | Unset = UNSET,
        integrity_jailbreak: bool | None | Unset = UNSET,
        managed: bool | None | Unset = UNSET,
        manufacturer: str | None | Unset = UNSET,
        meid: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        os_version: str | None | Unset = UNSET,
        secure_hardware_present: bool | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        sid: str | None | Unset = UNSET,
        tpm_public_key_hash: str | None | Unset = UNSET,
        udid: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if registered is not UNSET:
            _set_field(self, "registered", registered)
        if disk_encryption_type is not UNSET:
            _set_field(self, "disk_encryption_type", disk_encryption_type)
        if imei is not UNSET:
            _set_field(self, "imei", imei)
        if integrity_jailbreak is not UNSET:
            _set_field(self, "integrity_jailbreak", integrity_jailbreak)
        if managed is not UNSET:
            _set_field(self, "managed", managed)
        if manufacturer is not UNSET:
            _set_field(self, "manufacturer", manufacturer)
        if meid is not UNSET:
            _set_field(self, "meid", meid)
        if model is not UNSET:
            _set_field(self, "model", model)
        if os_version is not UNSET:
            _set_field(self, "os_version", os_version)
        if secure_hardware_present is not UNSET:
            _set_field(self, "secure_hardware_present", secure_hardware_present)
        if serial_number is not UNSET:
            _set_field(self, "serial_number", serial_number)
        if sid is not UNSET:
            _set_field(self, "sid", sid)
        if tpm_public_key_hash is not UNSET:
            _set_field(self, "tpm_public_key_hash", tpm_public_key_hash)
        if udid is not UNSET:
            _set_field(self, "udid", udid)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("registered", UNSET)) is not UNSET:
            d["registered"] = v
        if (v := values.get("disk_encryption_type", UNSET)) is not UNSET:
            d["diskEncryptionType"] = v
        if (v := values.get("imei", UNSET)) is not UNSET:
            d["imei"] = v
        if (v := values.get("integrity_jailbreak", UNSET)) is not UNSET:
            d["integrityJailbreak"] = v
        if (v := values.get("managed", UNSET)) is not UNSET:
            d["managed"] = v
        if (v := values.get("manufacturer", UNSET)) is not UNSET:
            d["manufacturer"] = v
        if (v := values.get("meid", UNSET)) is not UNSET:
            d["meid"] = v
        if (v := values.get("model", UNSET)) is not UNSET:
            d["model"] = v
        if (v := values.get("os_version", UNSET)) is not UNSET:
            d["osVersion"] = v
        if (v := values.get("secure_hardware_present", UNSET)) is not UNSET:
            d["secureHardwarePresent"] = v
        if (v := values.get("serial_number", UNSET)) is not UNSET:
            d["serialNumber"] = v
        if (v := values.get("sid", UNSET)) is not UNSET:
            d["sid"] = v
        if (v := values.get("tpm_public_key_hash", UNSET)) is not UNSET:
            d["tpmPublicKeyHash"] = v
        if (v := values.get("udid", UNSET)) is not UNSET:
            d["udid"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("registered", UNSET)) is not UNSET:
            obj.registered = v
        if (v := d.pop("diskEncryptionType", UNSET)) is not UNSET:
            obj.disk_encryption_type = _parse_disk_encryption_type(v, False)
        if (v := d.pop("imei", UNSET)) is not UNSET:
            obj.imei = v
        if (v := d.pop("integrityJailbreak", UNSET)) is not UNSET:
            obj.integrity_jailbreak = v
        if (v := d.pop("managed", UNSET)) is not UNSET:
            obj.managed = v
        if (v := d.pop("manufacturer", UNSET)) is not UNSET:
            obj.manufacturer = v
        if (v := d.pop("meid", UNSET)) is not UNSET:
            obj.meid = v
        if (v := d.pop("model", UNSET)) is not UNSET:
            obj.model = v
        if (v := d.pop("osVersion", UNSET)) is not UNSET:
            obj.os_version = v
        if (v := d.pop("secureHardwarePresent", UNSET)) is not UNSET:
            obj.secure_hardware_present = v
        if (v := d.pop("serialNumber", UNSET)) is not UNSET:
            obj.serial_number = v
        if (v := d.pop("sid", UNSET)) is not UNSET:
            obj.sid = v
        if (v := d.pop("tpmPublicKeyHash", UNSET)) is not UNSET:
            obj.tpm_public_key_hash = v
        if (v := d.pop("udid", UNSET)) is not UNSET:
            obj.udid = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
