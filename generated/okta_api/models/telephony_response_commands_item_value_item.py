from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .telephony_response_commands_item_value_item_status import TelephonyResponseCommandsItemValueItemStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "status": lambda d: (
            _convert.parse_enum(TelephonyResponseCommandsItemValueItemStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "provider": "provider",
        "transaction_id": "transactionId",
        "transaction_metadata": "transactionMetadata",
        "additional_properties": lambda d: _convert.undeclared(d, TelephonyResponseCommandsItemValueItem._json_names),
    }

    status: TelephonyResponseCommandsItemValueItemStatus | None | Unset = UNSET
    provider: str | None | Unset = UNSET
    transaction_id: str | None | Unset = UNSET
    transaction_metadata: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.status is not UNSET:
            d["status"] = self.status
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.transaction_id is not UNSET:
            d["transactionId"] = self.transaction_id
        if self.transaction_metadata is not UNSET:
            d["transactionMetadata"] = self.transaction_metadata
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.status = (
            _convert.parse_enum(TelephonyResponseCommandsItemValueItemStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.provider = d.pop("provider", UNSET)
        obj.transaction_id = d.pop("transactionId", UNSET)
        obj.transaction_metadata = d.pop("transactionMetadata", UNSET)
        obj.additional_properties = d
        return obj
