from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_verify_payload as _okta_verify_payload

if TYPE_CHECKING:
    from typing import Self

    from .okta_verify_payload import OktaVerifyPayload


@_attrs_define(kw_only=True)
class DeviceProvider(OktaModel):
    """An Okta `DeviceProvider`.

    Attributes:
        payload: Payload data for the OktaVerify provider
        payload_version (`payloadVersion`): The version of the payload schema
        provider: The name of the provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "payload": "payload",
        "payloadVersion": "payload_version",
        "provider": "provider",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "payload": "model",
        "payload_version": "str",
        "provider": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "payload": lambda d: (
            _okta_verify_payload.OktaVerifyPayload.from_json(v)
            if (v := d.get("payload", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_verify_payload.OktaVerifyPayload, v)
        ),
        "payload_version": "payloadVersion",
        "provider": "provider",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceProvider._json_names),
    }

    payload: OktaVerifyPayload | None | Unset = UNSET
    payload_version: str | None | Unset = UNSET
    provider: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.payload is not UNSET:
            d["payload"] = _convert.dump_model(self.payload, omit_read_only)
        if self.payload_version is not UNSET:
            d["payloadVersion"] = self.payload_version
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.payload = (
            _okta_verify_payload.OktaVerifyPayload.from_dict(v)
            if (v := d.pop("payload", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_verify_payload.OktaVerifyPayload, v)
        )
        obj.payload_version = d.pop("payloadVersion", UNSET)
        obj.provider = d.pop("provider", UNSET)
        obj.additional_properties = d
        return obj
