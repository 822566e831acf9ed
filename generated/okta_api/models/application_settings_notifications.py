from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_settings_notifications_vpn as _application_settings_notifications_vpn

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notifications_vpn import ApplicationSettingsNotificationsVpn


@_attrs_define(kw_only=True)
class ApplicationSettingsNotifications(OktaModel):
    """Specifies notifications settings for the app

    Attributes:
        vpn: Sends customizable messages with conditions to end users when a VPN connection is required
    """

    _json_names: ClassVar[dict[str, str]] = {
        "vpn": "vpn",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "vpn": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "vpn": lambda d: (
            _application_settings_notifications_vpn.ApplicationSettingsNotificationsVpn.from_json(v)
            if (v := d.get("vpn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notifications_vpn.ApplicationSettingsNotificationsVpn, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationSettingsNotifications._json_names),
    }

    vpn: ApplicationSettingsNotificationsVpn | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.vpn is not UNSET:
            d["vpn"] = _convert.dump_model(self.vpn, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.vpn = (
            _application_settings_notifications_vpn.ApplicationSettingsNotificationsVpn.from_dict(v)
            if (v := d.pop("vpn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notifications_vpn.ApplicationSettingsNotificationsVpn, v)
        )
        obj.additional_properties = d
        return obj
