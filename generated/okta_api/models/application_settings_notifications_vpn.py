from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_settings_notifications_vpn_network as _application_settings_notifications_vpn_network

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notifications_vpn_network import ApplicationSettingsNotificationsVpnNetwork


@_attrs_define(kw_only=True)
class ApplicationSettingsNotificationsVpn(OktaModel):
    """Sends customizable messages with conditions to end users when a VPN connection is required

    Attributes:
        network: Defines network zones for VPN notification
        help_url (`helpUrl`): An optional URL to a help page to assist your end users in signing in to your company VPN
        message: A VPN requirement message that's displayed to users
    """

    _json_names: ClassVar[dict[str, str]] = {
        "network": "network",
        "helpUrl": "help_url",
        "message": "message",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "network": "model",
        "help_url": "str",
        "message": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "network": lambda d: (
            _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork, v
            )
        ),
        "help_url": "helpUrl",
        "message": "message",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationSettingsNotificationsVpn._json_names),
    }

    network: ApplicationSettingsNotificationsVpnNetwork | None | Unset
    help_url: str | None | Unset = UNSET
    message: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.help_url is not UNSET:
            d["helpUrl"] = self.help_url
        if self.message is not UNSET:
            d["message"] = self.message
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.network = (
            _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork, v
            )
        )
        obj.help_url = d.pop("helpUrl", UNSET)
        obj.message = d.pop("message", UNSET)
        obj.additional_properties = d
        return obj
