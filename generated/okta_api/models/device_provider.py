from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_verify_payload as _okta_verify_payload

if TYPE_CHECKING:
    from typing import Self

    from .okta_verify_payload import OktaVerifyPayload


def _parse_payload(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_verify_payload.OktaVerifyPayload.from_json(v)
            if lazy
            else _okta_verify_payload.OktaVerifyPayload.from_dict(v)
        )
    return _convert.parse_model(_okta_verify_payload.OktaVerifyPayload, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "payload": ("payload", _parse_payload),
        "payload_version": ("payloadVersion", None),
        "provider": ("provider", None),
    }

    payload: OktaVerifyPayload | None = _attrs_field(init=False)
    payload_version: str | None = _attrs_field(init=False)
    provider: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        payload: OktaVerifyPayload | None | Unset = UNSET,
        payload_version: str | None | Unset = UNSET,
        provider: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if payload is not UNSET:
            _set_field(self, "payload", payload)
        if payload_version is not UNSET:
            _set_field(self, "payload_version", payload_version)
        if provider is not UNSET:
            _set_field(self, "provider", provider)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("payload", UNSET)) is not UNSET:
            d["payload"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("payload_version", UNSET)) is not UNSET:
            d["payloadVersion"] = v
        if (v := values.get("provider", UNSET)) is not UNSET:
            d["provider"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("payload", UNSET)) is not UNSET:
            obj.payload = _parse_payload(v, False)
        if (v := d.pop("payloadVersion", UNSET)) is not UNSET:
            obj.payload_version = v
        if (v := d.pop("provider", UNSET)) is not UNSET:
            obj.provider = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
