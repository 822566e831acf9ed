from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "apns": lambda d: (
            _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns.from_json(
                v
            )
            if (v := d.get("apns", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns,
                v,
            )
        ),
        "fcm": lambda d: (
            _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm.from_json(
                v
            )
            if (v := d.get("fcm", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorKeyCustomAppProviderConfiguration._json_names
        ),
    }

    apns: AuthenticatorKeyCustomAppProviderConfigurationApns | None | Unset = UNSET
    fcm: AuthenticatorKeyCustomAppProviderConfigurationFcm | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.apns is not UNSET:
            d["apns"] = _convert.dump_model(self.apns, omit_read_only)
        if self.fcm is not UNSET:
            d["fcm"] = _convert.dump_model(self.fcm, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.apns = (
            _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns.from_dict(
                v
            )
            if (v := d.pop("apns", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_custom_app_provider_configuration_apns.AuthenticatorKeyCustomAppProviderConfigurationApns,
                v,
            )
        )
        obj.fcm = (
            _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm.from_dict(
                v
            )
            if (v := d.pop("fcm", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_custom_app_provider_configuration_fcm.AuthenticatorKeyCustomAppProviderConfigurationFcm,
                v,
            )
        )
        obj.additional_properties = d
        return obj
