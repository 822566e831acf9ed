from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .telephony_response_commands_item_value_item_status import TelephonyResponseCommandsItemValueItemStatus

if TYPE_CHECKING:
    from typing import Self


_parse_status = _convert.enum_parser(TelephonyResponseCommandsItemValueItemStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TelephonyResponseCommandsItemValueItem(OktaModel):
    """An Okta `TelephonyResponseCommandsItemValueItem`.

    Attributes:
        status: Status of telephony callout
        provider: Telephony provider for sms/voice
        transaction_id (`transactionId`): Transaction ID for sms/voice
        transaction_metadata (`transactionMetadata`): Any relevant metadata for the telephony transaction
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "provider": "provider",
        "transactionId": "transaction_id",
        "transactionMetadata": "transaction_metadata",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "enum",
        "provider": "str",
        "transaction_id": "str",
        "transaction_metadata": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "status": ("status", _parse_status),
        "provider": ("provider", None),
        "transaction_id": ("transactionId", None),
        "transaction_metadata": ("transactionMetadata", None),
    }

    status: TelephonyResponseCommandsItemValueItemStatus | None = _attrs_field(init=False)
    provider: str | None = _attrs_field(init=False)
    transaction_id: str | None = _attrs_field(init=False)
    transaction_metadata: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        status: TelephonyResponseCommandsItemValueItemStatus | None | Unset = UNSET,
        provider: str | None | Unset = UNSET,
        transaction_id: str | None | Unset = UNSET,
        transaction_metadata: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if status is not UNSET:
            _set_field(self, "status", status)
        if provider is not UNSET:
            _set_field(self, "provider", provider)
        if transaction_id is not UNSET:
            _set_field(self, "transaction_id", transaction_id)
        if transaction_metadata is not UNSET:
            _set_field(self, "transaction_metadata", transaction_metadata)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("provider", UNSET)) is not UNSET:
            d["provider"] = v
        if (v := values.get("transaction_id", UNSET)) is not UNSET:
            d["transactionId"] = v
        if (v := values.get("transaction_metadata", UNSET)) is not UNSET:
            d["transactionMetadata"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("provider", UNSET)) is not UNSET:
            obj.provider = v
        if (v := d.pop("transactionId", UNSET)) is not UNSET:
            obj.transaction_id = v
        if (v := d.pop("transactionMetadata", UNSET)) is not UNSET:
            obj.transaction_metadata = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
