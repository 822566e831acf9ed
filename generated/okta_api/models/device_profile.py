from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_platform import DevicePlatform
from .disk_encryption_type_def import DiskEncryptionTypeDef

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "display_name": "displayName",
        "platform": lambda d: (
            _convert.parse_enum(DevicePlatform, v) if (v := d.get("platform", UNSET)).__class__ is str else v
        ),
        "registered": "registered",
        "disk_encryption_type": lambda d: (
            _convert.parse_enum(DiskEncryptionTypeDef, v)
            if (v := d.get("diskEncryptionType", UNSET)).__class__ is str
            else v
        ),
        "imei": "imei",
        "integrity_jailbreak": "integrityJailbreak",
        "managed": "managed",
        "manufacturer": "manufacturer",
        "meid": "meid",
        "model": "model",
        "os_version": "osVersion",
        "secure_hardware_present": "secureHardwarePresent",
        "serial_number": "serialNumber",
        "sid": "sid",
        "tpm_public_key_hash": "tpmPublicKeyHash",
        "udid": "udid",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceProfile._json_names),
    }

    display_name: str | None | Unset
    platform: DevicePlatform | None | Unset
    registered: bool | None | Unset
    disk_encryption_type: DiskEncryptionTypeDef | None | Unset = UNSET
    imei: str | None | Unset = UNSET
    integrity_jailbreak: bool | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    manufacturer: str | None | Unset = UNSET
    meid: str | None | Unset = UNSET
    model: str | None | Unset = UNSET
    os_version: str | None | Unset = UNSET
    secure_hardware_present: bool | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    sid: str | None | Unset = UNSET
    tpm_public_key_hash: str | None | Unset = UNSET
    udid: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.registered is not UNSET:
            d["registered"] = self.registered
        if self.disk_encryption_type is not UNSET:
            d["diskEncryptionType"] = self.disk_encryption_type
        if self.imei is not UNSET:
            d["imei"] = self.imei
        if self.integrity_jailbreak is not UNSET:
            d["integrityJailbreak"] = self.integrity_jailbreak
        if self.managed is not UNSET:
            d["managed"] = self.managed
        if self.manufacturer is not UNSET:
            d["manufacturer"] = self.manufacturer
        if self.meid is not UNSET:
            d["meid"] = self.meid
        if self.model is not UNSET:
            d["model"] = self.model
        if self.os_version is not UNSET:
            d["osVersion"] = self.os_version
        if self.secure_hardware_present is not UNSET:
            d["secureHardwarePresent"] = self.secure_hardware_present
        if self.serial_number is not UNSET:
            d["serialNumber"] = self.serial_number
        if self.sid is not UNSET:
            d["sid"] = self.sid
        if self.tpm_public_key_hash is not UNSET:
            d["tpmPublicKeyHash"] = self.tpm_public_key_hash
        if self.udid is not UNSET:
            d["udid"] = self.udid
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.display_name = d.pop("displayName", UNSET)
        obj.platform = _convert.parse_enum(DevicePlatform, v) if (v := d.pop("platform", UNSET)).__class__ is str else v
        obj.registered = d.pop("registered", UNSET)
        obj.disk_encryption_type = (
            _convert.parse_enum(DiskEncryptionTypeDef, v)
            if (v := d.pop("diskEncryptionType", UNSET)).__class__ is str
            else v
        )
        obj.imei = d.pop("imei", UNSET)
        obj.integrity_jailbreak = d.pop("integrityJailbreak", UNSET)
        obj.managed = d.pop("managed", UNSET)
        obj.manufacturer = d.pop("manufacturer", UNSET)
        obj.meid = d.pop("meid", UNSET)
        obj.model = d.pop("model", UNSET)
        obj.os_version = d.pop("osVersion", UNSET)
        obj.secure_hardware_present = d.pop("secureHardwarePresent", UNSET)
        obj.serial_number = d.pop("serialNumber", UNSET)
        obj.sid = d.pop("sid", UNSET)
        obj.tpm_public_key_hash = d.pop("tpmPublicKeyHash", UNSET)
        obj.udid = d.pop("udid", UNSET)
        obj.additional_properties = d
        return obj
