from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import fulfillment_data_order_details as _fulfillment_data_order_details
from .fulfillment_request_fulfillment_provider import FulfillmentRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .fulfillment_data_order_details import FulfillmentDataOrderDetails


def _parse_fulfillment_data(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _fulfillment_data_order_details.FulfillmentDataOrderDetails.from_json
        if lazy
        else _fulfillment_data_order_details.FulfillmentDataOrderDetails.from_dict,
        v,
    )


_parse_fulfillment_provider = _convert.enum_parser(FulfillmentRequestFulfillmentProvider)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "fulfillment_data": ("fulfillmentData", _parse_fulfillment_data),
        "fulfillment_provider": ("fulfillmentProvider", _parse_fulfillment_provider),
        "user_id": ("userId", None),
    }

    fulfillment_data: list[FulfillmentDataOrderDetails] | None = _attrs_field(init=False)
    fulfillment_provider: FulfillmentRequestFulfillmentProvider | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        fulfillment_data: list[FulfillmentDataOrderDetails] | None | Unset = UNSET,
        fulfillment_provider: FulfillmentRequestFulfillmentProvider | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if fulfillment_data is not UNSET:
            _set_field(self, "fulfillment_data", fulfillment_data)
        if fulfillment_provider is not UNSET:
            _set_field(self, "fulfillment_provider", fulfillment_provider)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("fulfillment_data", UNSET)) is not UNSET:
            d["fulfillmentData"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("fulfillment_provider", UNSET)) is not UNSET:
            d["fulfillmentProvider"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("fulfillmentData", UNSET)) is not UNSET:
            obj.fulfillment_data = _parse_fulfillment_data(v, False)
        if (v := d.pop("fulfillmentProvider", UNSET)) is not UNSET:
            obj.fulfillment_provider = _parse_fulfillment_provider(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
