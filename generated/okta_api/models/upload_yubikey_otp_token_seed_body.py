from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UploadYubikeyOtpTokenSeedBody(OktaModel):
    """An Okta `UploadYubikeyOtpTokenSeedBody`.

    Attributes:
        serial_number (`serialNumber`): The unique identifier assigned to each YubiKey device
        public_id (`publicId`): The YubiKey's public ID
        private_id (`privateId`): The YubiKey's private ID
        aes_key (`aesKey`): The cryptographic key used in the AES (Advanced Encryption Standard) algorithm to encrypt
            and decrypt the YubiKey OTP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "serialNumber": "serial_number",
        "publicId": "public_id",
        "privateId": "private_id",
        "aesKey": "aes_key",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "serial_number": "str",
        "public_id": "str",
        "private_id": "str",
        "aes_key": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "serial_number": "serialNumber",
        "public_id": "publicId",
        "private_id": "privateId",
        "aes_key": "aesKey",
        "additional_properties": lambda d: _convert.undeclared(d, UploadYubikeyOtpTokenSeedBody._json_names),
    }

    serial_number: str | None | Unset = UNSET
    public_id: str | None | Unset = UNSET
    private_id: str | None | Unset = UNSET
    aes_key: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.serial_number is not UNSET:
            d["serialNumber"] = self.serial_number
        if self.public_id is not UNSET:
            d["publicId"] = self.public_id
        if self.private_id is not UNSET:
            d["privateId"] = self.private_id
        if self.aes_key is not UNSET:
            d["aesKey"] = self.aes_key
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.serial_number = d.pop("serialNumber", UNSET)
        obj.public_id = d.pop("publicId", UNSET)
        obj.private_id = d.pop("privateId", UNSET)
        obj.aes_key = d.pop("aesKey", UNSET)
        obj.additional_properties = d
        return obj
