from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import custom_telephony_provider_settings as _custom_telephony_provider_settings
from .custom_telephony_provider_credential_response_provider_capability import (
    CustomTelephonyProviderCredentialResponseProviderCapability,
)
from .custom_telephony_provider_credential_response_provider_name import (
    CustomTelephonyProviderCredentialResponseProviderName,
)

if TYPE_CHECKING:
    from typing import Self

    from .custom_telephony_provider_settings import CustomTelephonyProviderSettings


@_attrs_define(kw_only=True)
class CustomTelephonyProviderCredentialResponse(OktaModel):
    """An Okta `CustomTelephonyProviderCredentialResponse`.

    Attributes:
        enabled: Indicates whether the provider is enabled and can be used
        id: ID of the custom telephony provider
        is_primary_provider (`isPrimaryProvider`): Indicates whether the provider is the primary telephony provider
        provider_capability (`providerCapability`): The types of telephony operations (SMS or Voice) that you use with your telephony
            provider.

            `ALL` is the only valid value. It indicates that your provider can handle both SMS
            messages and voice calls. You're not required to use both types of telephony operations,
            but your provider can support both.
        provider_name (`providerName`): Name of the telephony provider
        provider_settings (`providerSettings`): Settings for custom telephony provider.

            These settings vary based on the telephony provider and the type of telephony operation
            (SMS or Voice). For `sms` and `call`, you can select one method per telephony operation
            (`sms` and `call`) for sending messages or voice calls.

            > **Note:** Configure your telephony provider settings before selecting the methods for
            sending SMS messages or making voice calls. For example, if you select Twilio as your
            telephony provider, and you want to send SMS messages using Twilio's Verify Service,
            ensure that you have the Verify Service set up in your Twilio account. You can then use
            the `twilioVerifySid` field under `sms` to provide the necessary SID.
        provider_sid (`providerSid`): The account string identifier (SID) for your telephony provider account. Your telephony
            provider gives you this SID.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "id": "id",
        "isPrimaryProvider": "is_primary_provider",
        "providerCapability": "provider_capability",
        "providerName": "provider_name",
        "providerSettings": "provider_settings",
        "providerSid": "provider_sid",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "id": "str",
        "is_primary_provider": "bool",
        "provider_capability": "enum",
        "provider_name": "enum",
        "provider_settings": "model",
        "provider_sid": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled": "enabled",
        "id": "id",
        "is_primary_provider": "isPrimaryProvider",
        "provider_capability": lambda d: (
            _convert.parse_enum(CustomTelephonyProviderCredentialResponseProviderCapability, v)
            if (v := d.get("providerCapability", UNSET)).__class__ is str
            else v
        ),
        "provider_name": lambda d: (
            _convert.parse_enum(CustomTelephonyProviderCredentialResponseProviderName, v)
            if (v := d.get("providerName", UNSET)).__class__ is str
            else v
        ),
        "provider_settings": lambda d: (
            _custom_telephony_provider_settings.CustomTelephonyProviderSettings.from_json(v)
            if (v := d.get("providerSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_custom_telephony_provider_settings.CustomTelephonyProviderSettings, v)
        ),
        "provider_sid": "providerSid",
        "additional_properties": lambda d: _convert.undeclared(
            d, CustomTelephonyProviderCredentialResponse._json_names
        ),
    }

    enabled: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_primary_provider: bool | None | Unset = UNSET
    provider_capability: CustomTelephonyProviderCredentialResponseProviderCapability | None | Unset = UNSET
    provider_name: CustomTelephonyProviderCredentialResponseProviderName | None | Unset = UNSET
    provider_settings: CustomTelephonyProviderSettings | None | Unset = UNSET
    provider_sid: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.id is not UNSET:
            d["id"] = self.id
        if self.is_primary_provider is not UNSET:
            d["isPrimaryProvider"] = self.is_primary_provider
        if self.provider_capability is not UNSET:
            d["providerCapability"] = self.provider_capability
        if self.provider_name is not UNSET:
            d["providerName"] = self.provider_name
        if self.provider_settings is not UNSET:
            d["providerSettings"] = _convert.dump_model(self.provider_settings, omit_read_only)
        if self.provider_sid is not UNSET:
            d["providerSid"] = self.provider_sid
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enabled = d.pop("enabled", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.is_primary_provider = d.pop("isPrimaryProvider", UNSET)
        obj.provider_capability = (
            _convert.parse_enum(CustomTelephonyProviderCredentialResponseProviderCapability, v)
            if (v := d.pop("providerCapability", UNSET)).__class__ is str
            else v
        )
        obj.provider_name = (
            _convert.parse_enum(CustomTelephonyProviderCredentialResponseProviderName, v)
            if (v := d.pop("providerName", UNSET)).__class__ is str
            else v
        )
        obj.provider_settings = (
            _custom_telephony_provider_settings.CustomTelephonyProviderSettings.from_dict(v)
            if (v := d.pop("providerSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_custom_telephony_provider_settings.CustomTelephonyProviderSettings, v)
        )
        obj.provider_sid = d.pop("providerSid", UNSET)
        obj.additional_properties = d
        return obj
