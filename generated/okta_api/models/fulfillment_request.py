from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import fulfillment_data_order_details as _fulfillment_data_order_details
from .fulfillment_request_fulfillment_provider import FulfillmentRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .fulfillment_data_order_details import FulfillmentDataOrderDetails


@_attrs_define(kw_only=True)
class FulfillmentRequest(OktaModel):
    """Fulfillment request

    Attributes:
        fulfillment_data (`fulfillmentData`): List of fulfillment order details
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        user_id (`userId`): ID of an existing Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fulfillmentData": "fulfillment_data",
        "fulfillmentProvider": "fulfillment_provider",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "fulfillment_data": "list:model",
        "fulfillment_provider": "enum",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "fulfillment_data": lambda d: _convert.parse_model_list(
            _fulfillment_data_order_details.FulfillmentDataOrderDetails.from_json, d.get("fulfillmentData", UNSET)
        ),
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(FulfillmentRequestFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, FulfillmentRequest._json_names),
    }

    fulfillment_data: list[FulfillmentDataOrderDetails] | None | Unset = UNSET
    fulfillment_provider: FulfillmentRequestFulfillmentProvider | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.fulfillment_data is not UNSET:
            d["fulfillmentData"] = _convert.dump_model_list(self.fulfillment_data, omit_read_only)
        if self.fulfillment_provider is not UNSET:
            d["fulfillmentProvider"] = self.fulfillment_provider
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.fulfillment_data = _convert.parse_model_list(
            _fulfillment_data_order_details.FulfillmentDataOrderDetails.from_dict, d.pop("fulfillmentData", UNSET)
        )
        obj.fulfillment_provider = (
            _convert.parse_enum(FulfillmentRequestFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
