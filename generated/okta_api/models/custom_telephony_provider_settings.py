from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    custom_telephony_provider_settings_telesign_service_call as _custom_telephony_provider_settings_telesign_service_call,
)
from . import (
    custom_telephony_provider_settings_telesign_service_sms as _custom_telephony_provider_settings_telesign_service_sms,
)
from . import (
    custom_telephony_provider_settings_twilio_caller_id as _custom_telephony_provider_settings_twilio_caller_id,
)
from . import (
    custom_telephony_provider_settings_twilio_messaging_service as _custom_telephony_provider_settings_twilio_messaging_service,
)
from . import (
    custom_telephony_provider_settings_twilio_phone_number as _custom_telephony_provider_settings_twilio_phone_number,
)
from . import custom_telephony_provider_settings_twilio_verify as _custom_telephony_provider_settings_twilio_verify

if TYPE_CHECKING:
    from typing import Self

    from .custom_telephony_provider_settings_telesign_service_call import (
        CustomTelephonyProviderSettingsTelesignServiceCall,
    )
    from .custom_telephony_provider_settings_telesign_service_sms import (
        CustomTelephonyProviderSettingsTelesignServiceSms,
    )
    from .custom_telephony_provider_settings_twilio_caller_id import CustomTelephonyProviderSettingsTwilioCallerId
    from .custom_telephony_provider_settings_twilio_messaging_service import (
        CustomTelephonyProviderSettingsTwilioMessagingService,
    )
    from .custom_telephony_provider_settings_twilio_phone_number import CustomTelephonyProviderSettingsTwilioPhoneNumber
    from .custom_telephony_provider_settings_twilio_verify import CustomTelephonyProviderSettingsTwilioVerify


def _parse_call(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _custom_telephony_provider_settings_twilio_verify.CustomTelephonyProviderSettingsTwilioVerify,
            _custom_telephony_provider_settings_twilio_phone_number.CustomTelephonyProviderSettingsTwilioPhoneNumber,
            _custom_telephony_provider_settings_twilio_caller_id.CustomTelephonyProviderSettingsTwilioCallerId,
            _custom_telephony_provider_settings_telesign_service_call.CustomTelephonyProviderSettingsTelesignServiceCall,
        ),
        v,
    )


def _parse_sms(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _custom_telephony_provider_settings_twilio_verify.CustomTelephonyProviderSettingsTwilioVerify,
            _custom_telephony_provider_settings_twilio_phone_number.CustomTelephonyProviderSettingsTwilioPhoneNumber,
            _custom_telephony_provider_settings_twilio_messaging_service.CustomTelephonyProviderSettingsTwilioMessagingService,
            _custom_telephony_provider_settings_telesign_service_sms.CustomTelephonyProviderSettingsTelesignServiceSms,
        ),
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CustomTelephonyProviderSettings(OktaModel):
    """Settings for custom telephony provider.

    These settings vary based on the telephony provider and the type of telephony operation (SMS or
    Voice). For `sms` and `call`, you can select one method per telephony operation (`sms` and `call`)
    for sending messages or voice calls.

    > **Note:** Configure your telephony provider settings before selecting the methods for sending SMS
    messages or making voice calls. For example, if you select Twilio as your telephony provider, and
    you want to send SMS messages using Twilio's Verify Service, ensure that you have the Verify Service
    set up in your Twilio account. You can then use the `twilioVerifySid` field under `sms` to provide
    the necessary SID.

    Attributes:
        call: Method for making voice calls. Choose one method for making voice calls based on your
            telephony provider setup.
        sms: Method for sending SMS messages. Choose one method for sending SMS messages based on your
            telephony provider setup.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "call": "call",
        "sms": "sms",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "call": "any",
        "sms": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "call": ("call", _parse_call),
        "sms": ("sms", _parse_sms),
    }

    call: (
        CustomTelephonyProviderSettingsTwilioVerify
        | CustomTelephonyProviderSettingsTwilioPhoneNumber
        | CustomTelephonyProviderSettingsTwilioCallerId
        | CustomTelephonyProviderSettingsTelesignServiceCall
        | None
    ) = _attrs_field(init=False)
    sms: (
        CustomTelephonyProviderSettingsTwilioVerify
        | CustomTelephonyProviderSettingsTwilioPhoneNumber
        | CustomTelephonyProviderSettingsTwilioMessagingService
        | CustomTelephonyProviderSettingsTelesignServiceSms
        | None
    ) = _attrs_field(init=False)

    def __init__(
        self,
        *,
        call: CustomTelephonyProviderSettingsTwilioVerify
        | CustomTelephonyProviderSettingsTwilioPhoneNumber
        | CustomTelephonyProviderSettingsTwilioCallerId
        | CustomTelephonyProviderSettingsTelesignServiceCall
        | None
        | Unset = UNSET,
        sms: CustomTelephonyProviderSettingsTwilioVerify
        | CustomTelephonyProviderSettingsTwilioPhoneNumber
        | CustomTelephonyProviderSettingsTwilioMessagingService
        | CustomTelephonyProviderSettingsTelesignServiceSms
        | None
        | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if call is not UNSET:
            _set_field(self, "call", call)
        if sms is not UNSET:
            _set_field(self, "sms", sms)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("call", UNSET)) is not UNSET:
            d["call"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("sms", UNSET)) is not UNSET:
            d["sms"] = _convert.dump_value(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("call", UNSET)) is not UNSET:
            obj.call = _parse_call(v, False)
        if (v := d.pop("sms", UNSET)) is not UNSET:
            obj.sms = _parse_sms(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
