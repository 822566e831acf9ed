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
class FulfillmentDataOrderDetails(OktaModel):
    """Information about the fulfillment order that includes the factor’s make and model, the custom
    configuration of the factor, and inventory details.

    Attributes:
        customization_id (`customizationId`): ID for the set of custom configurations of the requested factor
        inventory_product_id (`inventoryProductId`): ID for the specific inventory bucket of the requested factor
        product_id (`productId`): ID for the make and model of the requested factor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "customizationId": "customization_id",
        "inventoryProductId": "inventory_product_id",
        "productId": "product_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "customization_id": "str",
        "inventory_product_id": "str",
        "product_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "customization_id": "customizationId",
        "inventory_product_id": "inventoryProductId",
        "product_id": "productId",
        "additional_properties": lambda d: _convert.undeclared(d, FulfillmentDataOrderDetails._json_names),
    }

    customization_id: str | None | Unset = UNSET
    inventory_product_id: str | None | Unset = UNSET
    product_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.customization_id is not UNSET:
            d["customizationId"] = self.customization_id
        if self.inventory_product_id is not UNSET:
            d["inventoryProductId"] = self.inventory_product_id
        if self.product_id is not UNSET:
            d["productId"] = self.product_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.customization_id = d.pop("customizationId", UNSET)
        obj.inventory_product_id = d.pop("inventoryProductId", UNSET)
        obj.product_id = d.pop("productId", UNSET)
        obj.additional_properties = d
        return obj
