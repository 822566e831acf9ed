from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_posture_id_p as _device_posture_id_p
from . import dtc_mac_os as _dtc_mac_os

if TYPE_CHECKING:
    from typing import Self

    from .device_posture_id_p import DevicePostureIdP
    from .dtc_mac_os import DTCMacOS


def _parse_dtc(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _dtc_mac_os.DTCMacOS.from_json(v) if lazy else _dtc_mac_os.DTCMacOS.from_dict(v)
    return _convert.parse_model(_dtc_mac_os.DTCMacOS, v)


def _parse_device_posture_id_p(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_posture_id_p.DevicePostureIdP.from_json(v)
            if lazy
            else _device_posture_id_p.DevicePostureIdP.from_dict(v)
        )
    return _convert.parse_model(_device_posture_id_p.DevicePostureIdP, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceAssuranceMacOSPlatformThirdPartySignalProviders(OktaModel):
    """Settings for third-party signal providers (based on the `MACOS` platform)

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
        "dtc": ("dtc", _parse_dtc),
        "device_posture_id_p": ("devicePostureIdP", _parse_device_posture_id_p),
    }

    dtc: DTCMacOS | None = _attrs_field(init=False)
    device_posture_id_p: DevicePostureIdP | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        dtc: DTCMacOS | None | Unset = UNSET,
        device_posture_id_p: DevicePostureIdP | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if dtc is not UNSET:
            _set_field(self, "dtc", dtc)
        if device_posture_id_p is not UNSET:
            _set_field(self, "device_posture_id_p", device_posture_id_p)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("dtc", UNSET)) is not UNSET:
            d["dtc"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("device_posture_id_p", UNSET)) is not UNSET:
            d["devicePostureIdP"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("dtc", UNSET)) is not UNSET:
            obj.dtc = _parse_dtc(v, False)
        if (v := d.pop("devicePostureIdP", UNSET)) is not UNSET:
            obj.device_posture_id_p = _parse_device_posture_id_p(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
