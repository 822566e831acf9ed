from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "serial_number": ("serialNumber", None),
        "public_id": ("publicId", None),
        "private_id": ("privateId", None),
        "aes_key": ("aesKey", None),
    }

    serial_number: str | None = _attrs_field(init=False)
    public_id: str | None = _attrs_field(init=False)
    private_id: str | None = _attrs_field(init=False)
    aes_key: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        serial_number: str | None | Unset = UNSET,
        public_id: str | None | Unset = UNSET,
        private_id: str | None | Unset = UNSET,
        aes_key: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if serial_number is not UNSET:
            _set_field(self, "serial_number", serial_number)
        if public_id is not UNSET:
            _set_field(self, "public_id", public_id)
        if private_id is not UNSET:
            _set_field(self, "private_id", private_id)
        if aes_key is not UNSET:
            _set_field(self, "aes_key", aes_key)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("serial_number", UNSET)) is not UNSET:
            d["serialNumber"] = v
        if (v := values.get("public_id", UNSET)) is not UNSET:
            d["publicId"] = v
        if (v := values.get("private_id", UNSET)) is not UNSET:
            d["privateId"] = v
        if (v := values.get("aes_key", UNSET)) is not UNSET:
            d["aesKey"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("serialNumber", UNSET)) is not UNSET:
            obj.serial_number = v
        if (v := d.pop("publicId", UNSET)) is not UNSET:
            obj.public_id = v
        if (v := d.pop("privateId", UNSET)) is not UNSET:
            obj.private_id = v
        if (v := d.pop("aesKey", UNSET)) is not UNSET:
            obj.aes_key = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
