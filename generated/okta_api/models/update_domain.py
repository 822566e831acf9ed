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
class UpdateDomain(OktaModel):
    """An Okta `UpdateDomain`.

    Attributes:
        brand_id (`brandId`): The `id` of the brand used to replace the existing brand.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "brandId": "brand_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "brand_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "brand_id": "brandId",
        "additional_properties": lambda d: _convert.undeclared(d, UpdateDomain._json_names),
    }

    brand_id: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.brand_id is not UNSET:
            d["brandId"] = self.brand_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.brand_id = d.pop("brandId", UNSET)
        obj.additional_properties = d
        return obj
