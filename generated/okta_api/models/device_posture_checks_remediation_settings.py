from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_posture_checks_remediation_settings_link as _device_posture_checks_remediation_settings_link
from . import device_posture_checks_remediation_settings_message as _device_posture_checks_remediation_settings_message

if TYPE_CHECKING:
    from typing import Self

    from .device_posture_checks_remediation_settings_link import DevicePostureChecksRemediationSettingsLink
    from .device_posture_checks_remediation_settings_message import DevicePostureChecksRemediationSettingsMessage


def _parse_link(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink.from_json(v)
            if lazy
            else _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink, v
    )


def _parse_message(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage.from_json(
                v
            )
            if lazy
            else _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DevicePostureChecksRemediationSettings(OktaModel):
    """Represents the remediation instructions shown to the end user when the device posture check fails

    Attributes:
        link: DevicePostureChecksRemediationSettingsLink
        message: DevicePostureChecksRemediationSettingsMessage
    """

    _json_names: ClassVar[dict[str, str]] = {
        "link": "link",
        "message": "message",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "link": "model",
        "message": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "link": ("link", _parse_link),
        "message": ("message", _parse_message),
    }

    link: DevicePostureChecksRemediationSettingsLink | None = _attrs_field(init=False)
    message: DevicePostureChecksRemediationSettingsMessage | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        link: DevicePostureChecksRemediationSettingsLink | None | Unset = UNSET,
        message: DevicePostureChecksRemediationSettingsMessage | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if link is not UNSET:
            _set_field(self, "link", link)
        if message is not UNSET:
            _set_field(self, "message", message)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("link", UNSET)) is not UNSET:
            d["link"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("message", UNSET)) is not UNSET:
            d["message"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("link", UNSET)) is not UNSET:
            obj.link = _parse_link(v, False)
        if (v := d.pop("message", UNSET)) is not UNSET:
            obj.message = _parse_message(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
