from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import custom_telephony_provider_settings as _custom_telephony_provider_settings

if TYPE_CHECKING:
    from typing import Self

    from .custom_telephony_provider_settings import CustomTelephonyProviderSettings


@_attrs_define(kw_only=True)
class CustomTelephonyProviderCredentialUpdateRequest(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d97d0>

    Attributes:
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d9090>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d9250>
        provider_auth_token (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d92d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d9450>
        provider_settings (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d94d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61da6d0>
        provider_sid (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d95d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61d9750>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "providerAuthToken": "provider_auth_token",
        "providerSettings": "provider_settings",
        "providerSid": "provider_sid",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "provider_auth_token": "str",
        "provider_settings": "model",
        "provider_sid": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "provider_auth_token": "providerAuthToken",
        "provider_settings": lambda d: (
            _custom_telephony_provider_settings.CustomTelephonyProviderSettings.from_json(v)
            if (v := d.get("providerSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_custom_telephony_provider_settings.CustomTelephonyProviderSettings, v)
        ),
        "provider_sid": "providerSid",
        "additional_properties": lambda d: _convert.undeclared(
            d, CustomTelephonyProviderCredentialUpdateRequest._json_names
        ),
    }

    id: str | None | Unset = UNSET
    provider_auth_token: str | None | Unset = UNSET
    provider_settings: CustomTelephonyProviderSettings | None | Unset = UNSET
    provider_sid: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.provider_auth_token is not UNSET:
            d["providerAuthToken"] = self.provider_auth_token
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
        obj.id = d.pop("id", UNSET)
        obj.provider_auth_token = d.pop("providerAuthToken", UNSET)
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
