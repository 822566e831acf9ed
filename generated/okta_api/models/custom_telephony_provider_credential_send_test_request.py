from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .custom_telephony_provider_credential_send_test_request_factor import (
    CustomTelephonyProviderCredentialSendTestRequestFactor,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class CustomTelephonyProviderCredentialSendTestRequest(OktaModel):
    """An Okta `CustomTelephonyProviderCredentialSendTestRequest`.

    Attributes:
        country_code_iso_2 (`countryCodeIso2`): The country code for the phone number.
            Use the [Alpha-2 code from ISO 3166-1](https://www.iso.org/obp/ui/#search) for country
            codes.
        factor: The type of test message to send
        phone_number (`phoneNumber`): The phone number to which the test message or call is sent
    """

    _json_names: ClassVar[dict[str, str]] = {
        "countryCodeIso2": "country_code_iso_2",
        "factor": "factor",
        "phoneNumber": "phone_number",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "country_code_iso_2": "str",
        "factor": "enum",
        "phone_number": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "country_code_iso_2": "countryCodeIso2",
        "factor": lambda d: (
            _convert.parse_enum(CustomTelephonyProviderCredentialSendTestRequestFactor, v)
            if (v := d.get("factor", UNSET)).__class__ is str
            else v
        ),
        "phone_number": "phoneNumber",
        "additional_properties": lambda d: _convert.undeclared(
            d, CustomTelephonyProviderCredentialSendTestRequest._json_names
        ),
    }

    country_code_iso_2: str | None | Unset = UNSET
    factor: CustomTelephonyProviderCredentialSendTestRequestFactor | None | Unset = UNSET
    phone_number: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.country_code_iso_2 is not UNSET:
            d["countryCodeIso2"] = self.country_code_iso_2
        if self.factor is not UNSET:
            d["factor"] = self.factor
        if self.phone_number is not UNSET:
            d["phoneNumber"] = self.phone_number
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.country_code_iso_2 = d.pop("countryCodeIso2", UNSET)
        obj.factor = (
            _convert.parse_enum(CustomTelephonyProviderCredentialSendTestRequestFactor, v)
            if (v := d.pop("factor", UNSET)).__class__ is str
            else v
        )
        obj.phone_number = d.pop("phoneNumber", UNSET)
        obj.additional_properties = d
        return obj
