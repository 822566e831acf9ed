from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import application_settings_notifications_vpn_network as _application_settings_notifications_vpn_network

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notifications_vpn_network import ApplicationSettingsNotificationsVpnNetwork


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork.from_json(v)
            if lazy
            else _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork.from_dict(v)
        )
    return _convert.parse_model(
        _application_settings_notifications_vpn_network.ApplicationSettingsNotificationsVpnNetwork, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "network": ("network", _parse_network),
        "help_url": ("helpUrl", None),
        "message": ("message", None),
    }

    network: ApplicationSettingsNotificationsVpnNetwork | None = _attrs_field(init=False)
    help_url: str | None = _attrs_field(init=False)
    message: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        network: ApplicationSettingsNotificationsVpnNetwork | None | Unset,
        help_url: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if network is not UNSET:
            _set_field(self, "network", network)
        if help_url is not UNSET:
            _set_field(self, "help_url", help_url)
        if message is not UNSET:
            _set_field(self, "message", message)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("help_url", UNSET)) is not UNSET:
            d["helpUrl"] = v
        if (v := values.get("message", UNSET)) is not UNSET:
            d["message"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("helpUrl", UNSET)) is not UNSET:
            obj.help_url = v
        if (v := d.pop("message", UNSET)) is not UNSET:
            obj.message = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
