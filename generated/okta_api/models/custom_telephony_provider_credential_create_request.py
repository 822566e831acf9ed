from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import custom_telephony_provider_settings as _custom_telephony_provider_settings
from .custom_telephony_provider_credential_create_request_provider_capability import (
    CustomTelephonyProviderCredentialCreateRequestProviderCapability,
)
from .custom_telephony_provider_credential_create_request_provider_name import (
    CustomTelephonyProviderCredentialCreateRequestProviderName,
)

if TYPE_CHECKING:
    from typing import Self

    from .custom_telephony_provider_settings import CustomTelephonyProviderSettings


_parse_provider_capability = _convert.enum_parser(CustomTelephonyProviderCredentialCreateRequestProviderCapability)

_parse_provider_name = _convert.enum_parser(CustomTelephonyProviderCredentialCreateRequestProviderName)


def _parse_provider_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _custom_telephony_provider_settings.CustomTelephonyProviderSettings.from_json(v)
            if lazy
            else _custom_telephony_provider_settings.CustomTelephonyProviderSettings.from_dict(v)
        )
    return _convert.parse_model(_custom_telephony_provider_settings.CustomTelephonyProviderSettings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CustomTelephonyProviderCredentialCreateRequest(OktaModel):
    """Create custom telephony provider credentials

    Attributes:
        provider_auth_token (`providerAuthToken`): The authentication token that's used to authenticate requests to the telephony provider.
            Your telephony provider gives you this token.
        provider_capability (`providerCapability`): The types of telephony operations (SMS or Voice) that you use with your telephony
            provider.

            `ALL` is the only valid value. It indicates that your provider can handle both SMS
            messages and voice calls. You're not required to use both types of telephony operations,
            but your provider can support both.
        provider_name (`providerName`): The name of the telephony provider
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
        "providerAuthToken": "provider_auth_token",
        "providerCapability": "provider_capability",
        "providerName": "provider_name",
        "providerSettings": "provider_settings",
        "providerSid": "provider_sid",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "provider_auth_token": "str",
        "provider_capability": "enum",
        "provider_name": "enum",
        "provider_settings": "model",
        "provider_sid": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "provider_auth_token": ("providerAuthToken", None),
        "provider_capability": ("providerCapability", _parse_provider_capability),
        "provider_name": ("providerName", _parse_provider_name),
        "provider_settings": ("providerSettings", _parse_provider_settings),
        "provider_sid": ("providerSid", None),
    }

    provider_auth_token: str | None = _attrs_field(init=False)
    provider_capability: CustomTelephonyProviderCredentialCreateRequestProviderCapability | None = _attrs_field(
        init=False
    )
    provider_name: CustomTelephonyProviderCredentialCreateRequestProviderName | None = _attrs_field(init=False)
    provider_settings: CustomTelephonyProviderSettings | None = _attrs_field(init=False)
    provider_sid: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        provider_auth_token: str | None | Unset = UNSET,
        provider_capability: CustomTelephonyProviderCredentialCreateRequestProviderCapability | None | Unset = UNSET,
        provider_name: CustomTelephonyProviderCredentialCreateRequestProviderName | None | Unset = UNSET,
        provider_settings: CustomTelephonyProviderSettings | None | Unset = UNSET,
        provider_sid: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if provider_auth_token is not UNSET:
            _set_field(self, "provider_auth_token", provider_auth_token)
        if provider_capability is not UNSET:
            _set_field(self, "provider_capability", provider_capability)
        if provider_name is not UNSET:
            _set_field(self, "provider_name", provider_name)
        if provider_settings is not UNSET:
            _set_field(self, "provider_settings", provider_settings)
        if provider_sid is not UNSET:
            _set_field(self, "provider_sid", provider_sid)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("provider_auth_token", UNSET)) is not UNSET:
            d["providerAuthToken"] = v
        if (v := values.get("provider_capability", UNSET)) is not UNSET:
            d["providerCapability"] = v
        if (v := values.get("provider_name", UNSET)) is not UNSET:
            d["providerName"] = v
        if (v := values.get("provider_settings", UNSET)) is not UNSET:
            d["providerSettings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("provider_sid", UNSET)) is not UNSET:
            d["providerSid"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("providerAuthToken", UNSET)) is not UNSET:
            obj.provider_auth_token = v
        if (v := d.pop("providerCapability", UNSET)) is not UNSET:
            obj.provider_capability = _parse_provider_capability(v, False)
        if (v := d.pop("providerName", UNSET)) is not UNSET:
            obj.provider_name = _parse_provider_name(v, False)
        if (v := d.pop("providerSettings", UNSET)) is not UNSET:
            obj.provider_settings = _parse_provider_settings(v, False)
        if (v := d.pop("providerSid", UNSET)) is not UNSET:
            obj.provider_sid = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
