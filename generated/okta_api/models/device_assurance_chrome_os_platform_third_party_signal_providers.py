from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_posture_id_p as _device_posture_id_p
from . import dtc_chrome_os as _dtc_chrome_os

if TYPE_CHECKING:
    from typing import Self

    from .device_posture_id_p import DevicePostureIdP
    from .dtc_chrome_os import DTCChromeOS


@_attrs_define(kw_only=True)
class DeviceAssuranceChromeOSPlatformThirdPartySignalProviders(OktaModel):
    """Settings for third-party signal providers (based on the `CHROMEOS` platform)

    Attributes:
        dtc: Google Chrome Device Trust Connector provider
        device_posture_id_p (`devicePostureIdP`): <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Device Posture IdP provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "dtc": "dtc",
        "devicePostureIdP": "device_posture_id_p",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "dtc": "model",
        "device_posture_id_p": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "dtc": lambda d: (
            _dtc_chrome_os.DTCChromeOS.from_json(v)
            if (v := d.get("dtc", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dtc_chrome_os.DTCChromeOS, v)
        ),
        "device_posture_id_p": lambda d: (
            _device_posture_id_p.DevicePostureIdP.from_json(v)
            if (v := d.get("devicePostureIdP", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_posture_id_p.DevicePostureIdP, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, DeviceAssuranceChromeOSPlatformThirdPartySignalProviders._json_names
        ),
    }

    dtc: DTCChromeOS | None | Unset = UNSET
    device_posture_id_p: DevicePostureIdP | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.dtc is not UNSET:
            d["dtc"] = _convert.dump_model(self.dtc, omit_read_only)
        if self.device_posture_id_p is not UNSET:
            d["devicePostureIdP"] = _convert.dump_model(self.device_posture_id_p, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.dtc = (
            _dtc_chrome_os.DTCChromeOS.from_dict(v)
            if (v := d.pop("dtc", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dtc_chrome_os.DTCChromeOS, v)
        )
        obj.device_posture_id_p = (
            _device_posture_id_p.DevicePostureIdP.from_dict(v)
            if (v := d.pop("devicePostureIdP", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_posture_id_p.DevicePostureIdP, v)
        )
        obj.additional_properties = d
        return obj
