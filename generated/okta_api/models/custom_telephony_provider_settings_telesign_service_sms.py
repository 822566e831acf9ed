from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .custom_telephony_provider_settings_telesign_service_sms_telesign_service import (
    CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class CustomTelephonyProviderSettingsTelesignServiceSms(OktaModel):
    """Telesign Service

    Attributes:
        telesign_service (`telesignService`): The Telesign service identifier used for sending SMS messages. You can find this value in
            your Telesign console.

            The `telesignVerifyService` method uses Telesign's [Verify
            API](https://developer.telesign.com/enterprise/docs/verify-api-overview). And the
            `telesignMessagingService` method uses Telesign's
            [SMS](https://developer.telesign.com/enterprise/docs/voice-overview) and
            [Messaging](https://developer.telesign.com/enterprise/docs/messaging-overview) APIs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "telesignService": "telesign_service",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "telesign_service": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "telesign_service": lambda d: (
            _convert.parse_enum(CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService, v)
            if (v := d.get("telesignService", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, CustomTelephonyProviderSettingsTelesignServiceSms._json_names
        ),
    }

    telesign_service: CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.telesign_service is not UNSET:
            d["telesignService"] = self.telesign_service
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.telesign_service = (
            _convert.parse_enum(CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService, v)
            if (v := d.pop("telesignService", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
