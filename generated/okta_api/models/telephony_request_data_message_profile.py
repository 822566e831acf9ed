from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "msg_template": ("msgTemplate", None),
        "phone_number": ("phoneNumber", None),
        "otp_expires": ("otpExpires", None),
        "delivery_channel": ("deliveryChannel", None),
        "otp_code": ("otpCode", None),
        "locale": ("locale", None),
    }

    msg_template: str | None = _attrs_field(init=False)
    phone_number: str | None = _attrs_field(init=False)
    otp_expires: str | None = _attrs_field(init=False)
    delivery_channel: str | None = _attrs_field(init=False)
    otp_code: str | None = _attrs_field(init=False)
    locale: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        msg_template: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        otp_expires: str | None | Unset = UNSET,
        delivery_channel: str | None | Unset = UNSET,
        otp_code: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if msg_template is not UNSET:
            _set_field(self, "msg_template", msg_template)
        if phone_number is not UNSET:
            _set_field(self, "phone_number", phone_number)
        if otp_expires is not UNSET:
            _set_field(self, "otp_expires", otp_expires)
        if delivery_channel is not UNSET:
            _set_field(self, "delivery_channel", delivery_channel)
        if otp_code is not UNSET:
            _set_field(self, "otp_code", otp_code)
        if locale is not UNSET:
            _set_field(self, "locale", locale)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("msg_template", UNSET)) is not UNSET:
            d["msgTemplate"] = v
        if (v := values.get("phone_number", UNSET)) is not UNSET:
            d["phoneNumber"] = v
        if (v := values.get("otp_expires", UNSET)) is not UNSET:
            d["otpExpires"] = v
        if (v := values.get("delivery_channel", UNSET)) is not UNSET:
            d["deliveryChannel"] = v
        if (v := values.get("otp_code", UNSET)) is not UNSET:
            d["otpCode"] = v
        if (v := values.get("locale", UNSET)) is not UNSET:
            d["locale"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("msgTemplate", UNSET)) is not UNSET:
            obj.msg_template = v
        if (v := d.pop("phoneNumber", UNSET)) is not UNSET:
            obj.phone_number = v
        if (v := d.pop("otpExpires", UNSET)) is not UNSET:
            obj.otp_expires = v
        if (v := d.pop("deliveryChannel", UNSET)) is not UNSET:
            obj.delivery_channel = v
        if (v := d.pop("otpCode", UNSET)) is not UNSET:
            obj.otp_code = v
        if (v := d.pop("locale", UNSET)) is not UNSET:
            obj.locale = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
