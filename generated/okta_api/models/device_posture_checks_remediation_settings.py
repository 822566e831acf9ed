from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_posture_checks_remediation_settings_link as _device_posture_checks_remediation_settings_link
from . import device_posture_checks_remediation_settings_message as _device_posture_checks_remediation_settings_message

if TYPE_CHECKING:
    from typing import Self

    from .device_posture_checks_remediation_settings_link import DevicePostureChecksRemediationSettingsLink
    from .device_posture_checks_remediation_settings_message import DevicePostureChecksRemediationSettingsMessage


@_attrs_define(kw_only=True)
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
        "link": lambda d: (
            _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink.from_json(v)
            if (v := d.get("link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink, v
            )
        ),
        "message": lambda d: (
            _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage.from_json(
                v
            )
            if (v := d.get("message", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DevicePostureChecksRemediationSettings._json_names),
    }

    link: DevicePostureChecksRemediationSettingsLink | None | Unset = UNSET
    message: DevicePostureChecksRemediationSettingsMessage | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.link is not UNSET:
            d["link"] = _convert.dump_model(self.link, omit_read_only)
        if self.message is not UNSET:
            d["message"] = _convert.dump_model(self.message, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.link = (
            _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink.from_dict(v)
            if (v := d.pop("link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings_link.DevicePostureChecksRemediationSettingsLink, v
            )
        )
        obj.message = (
            _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage.from_dict(
                v
            )
            if (v := d.pop("message", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings_message.DevicePostureChecksRemediationSettingsMessage, v
            )
        )
        obj.additional_properties = d
        return obj
