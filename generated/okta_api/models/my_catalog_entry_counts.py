from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import my_catalog_entry_resource_counts as _my_catalog_entry_resource_counts

if TYPE_CHECKING:
    from typing import Self

    from .my_catalog_entry_resource_counts import MyCatalogEntryResourceCounts


@_attrs_define(kw_only=True)
class MyCatalogEntryCounts(OktaModel):
    """Sizes of a resource collection entry.

    Attributes:
        resource_counts (`resourceCounts`): Resource counts of a collection.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceCounts": "resource_counts",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_counts": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_counts": lambda d: (
            _my_catalog_entry_resource_counts.MyCatalogEntryResourceCounts.from_json(v)
            if (v := d.get("resourceCounts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_resource_counts.MyCatalogEntryResourceCounts, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryCounts._json_names),
    }

    resource_counts: MyCatalogEntryResourceCounts | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resource_counts is not UNSET:
            d["resourceCounts"] = _convert.dump_model(self.resource_counts, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.resource_counts = (
            _my_catalog_entry_resource_counts.MyCatalogEntryResourceCounts.from_dict(v)
            if (v := d.pop("resourceCounts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_resource_counts.MyCatalogEntryResourceCounts, v)
        )
        obj.additional_properties = d
        return obj
