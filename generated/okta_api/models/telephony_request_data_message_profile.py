from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class TelephonyRequestDataMessageProfile(OktaModel):
    """Message profile specifies information about the telephony (sms/voice) message to be sent to the Okta
    user

    Attributes:
        msg_template (`msgTemplate`): Default or Okta org configured sms or voice message template
        phone_number (`phoneNumber`): The Okta's user's phone number
        otp_expires (`otpExpires`): The time when OTP expires
        delivery_channel (`deliveryChannel`): The channel for OTP delivery - SMS or voice
        otp_code (`otpCode`): The OTP code requested by the Okta user
        locale: The locale associated with the Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "msgTemplate": "msg_template",
        "phoneNumber": "phone_number",
        "otpExpires": "otp_expires",
        "deliveryChannel": "delivery_channel",
        "otpCode": "otp_code",
        "locale": "locale",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "msg_template": "str",
        "phone_number": "str",
        "otp_expires": "str",
        "delivery_channel": "str",
        "otp_code": "str",
        "locale": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "msg_template": "msgTemplate",
        "phone_number": "phoneNumber",
        "otp_expires": "otpExpires",
        "delivery_channel": "deliveryChannel",
        "otp_code": "otpCode",
        "locale": "locale",
        "additional_properties": lambda d: _convert.undeclared(d, TelephonyRequestDataMessageProfile._json_names),
    }

    msg_template: str | None | Unset = UNSET
    phone_number: str | None | Unset = UNSET
    otp_expires: str | None | Unset = UNSET
    delivery_channel: str | None | Unset = UNSET
    otp_code: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.msg_template is not UNSET:
            d["msgTemplate"] = self.msg_template
        if self.phone_number is not UNSET:
            d["phoneNumber"] = self.phone_number
        if self.otp_expires is not UNSET:
            d["otpExpires"] = self.otp_expires
        if self.delivery_channel is not UNSET:
            d["deliveryChannel"] = self.delivery_channel
        if self.otp_code is not UNSET:
            d["otpCode"] = self.otp_code
        if self.locale is not UNSET:
            d["locale"] = self.locale
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.msg_template = d.pop("msgTemplate", UNSET)
        obj.phone_number = d.pop("phoneNumber", UNSET)
        obj.otp_expires = d.pop("otpExpires", UNSET)
        obj.delivery_channel = d.pop("deliveryChannel", UNSET)
        obj.otp_code = d.pop("otpCode", UNSET)
        obj.locale = d.pop("locale", UNSET)
        obj.additional_properties = d
        return obj
