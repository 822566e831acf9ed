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
class CustomTelephonyProviderSettingsTwilioPhoneNumber(OktaModel):
    """Twilio Phone Number

    Attributes:
        twilio_phone_number (`twilioPhoneNumber`): The Twilio phone number that's used for sending SMS messages or voice calls. You can find
            this value in your Twilio console.

            This method uses Twilio's [Programmable Messaging
            API](https://www.twilio.com/docs/messaging).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "twilioPhoneNumber": "twilio_phone_number",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "twilio_phone_number": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "twilio_phone_number": "twilioPhoneNumber",
        "additional_properties": lambda d: _convert.undeclared(
            d, CustomTelephonyProviderSettingsTwilioPhoneNumber._json_names
        ),
    }

    twilio_phone_number: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.twilio_phone_number is not UNSET:
            d["twilioPhoneNumber"] = self.twilio_phone_number
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.twilio_phone_number = d.pop("twilioPhoneNumber", UNSET)
        obj.additional_properties = d
        return obj
