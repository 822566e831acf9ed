from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    authenticator_key_custom_app_provider_configuration_apns as _authenticator_key_custom_app_provider_configuration_apns,
)
from . import (
    authenticator_key_custom_app_provider_configuration_fcm as _authenticator_key_custom_app_provider_configuration_fcm,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_key_custom_app_provider_configuration_apns import (
        AuthenticatorKeyCustomAppProviderConfigurationApns,
    )
    from .authenticator_key_custom_app_provider_configuration_fcm import (
        AuthenticatorKeyCustomAppProviderConfigurationFcm,
    )


def _parse_apns(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns.from_json(
                v
            )
            if lazy
            else _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns, v
    )


def _parse_fcm(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm.from_json(
                v
            )
            if lazy
            else _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorKeyCustomAppProviderConfiguration(OktaModel):
    """The configuration of the provider

    Attributes:
        apns: AuthenticatorKeyCustomAppProviderConfigurationApns
        fcm: AuthenticatorKeyCustomAppProviderConfigurationFcm
    """

    _json_names: ClassVar[dict[str, str]] = {
        "apns": "apns",
        "fcm": "fcm",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "apns": "model",
        "fcm": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "apns": ("apns", _parse_apns),
        "fcm": ("fcm", _parse_fcm),
    }

    apns: AuthenticatorKeyCustomAppProviderConfigurationApns | None = _attrs_field(init=False)
    fcm: AuthenticatorKeyCustomAppProviderConfigurationFcm | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        apns: AuthenticatorKeyCustomAppProviderConfigurationApns | None | Unset = UNSET,
        fcm: AuthenticatorKeyCustomAppProviderConfigurationFcm | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if apns is not UNSET:
            _set_field(self, "apns", apns)
        if fcm is not UNSET:
            _set_field(self, "fcm", fcm)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("apns", UNSET)) is not UNSET:
            d["apns"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("fcm", UNSET)) is not UNSET:
            d["fcm"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("apns", UNSET)) is not UNSET:
            obj.apns = _parse_apns(v, False)
        if (v := d.pop("fcm", UNSET)) is not UNSET:
            obj.fcm = _parse_fcm(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
