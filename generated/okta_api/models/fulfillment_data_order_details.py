from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "customization_id": ("customizationId", None),
        "inventory_product_id": ("inventoryProductId", None),
        "product_id": ("productId", None),
    }

    customization_id: str | None = _attrs_field(init=False)
    inventory_product_id: str | None = _attrs_field(init=False)
    product_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        customization_id: str | None | Unset = UNSET,
        inventory_product_id: str | None | Unset = UNSET,
        product_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if customization_id is not UNSET:
            _set_field(self, "customization_id", customization_id)
        if inventory_product_id is not UNSET:
            _set_field(self, "inventory_product_id", inventory_product_id)
        if product_id is not UNSET:
            _set_field(self, "product_id", product_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("customization_id", UNSET)) is not UNSET:
            d["customizationId"] = v
        if (v := values.get("inventory_product_id", UNSET)) is not UNSET:
            d["inventoryProductId"] = v
        if (v := values.get("product_id", UNSET)) is not UNSET:
            d["productId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("customizationId", UNSET)) is not UNSET:
            obj.customization_id = v
        if (v := d.pop("inventoryProductId", UNSET)) is not UNSET:
            obj.inventory_product_id = v
        if (v := d.pop("productId", UNSET)) is not UNSET:
            obj.product_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
