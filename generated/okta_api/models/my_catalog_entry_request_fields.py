from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import my_catalog_entry_request_fields_metadata as _my_catalog_entry_request_fields_metadata
from . import requester_field as _requester_field

if TYPE_CHECKING:
    from typing import Self

    from .my_catalog_entry_request_fields_metadata import MyCatalogEntryRequestFieldsMetadata
    from .requester_field import RequesterField


@_attrs_define(kw_only=True)
class MyCatalogEntryRequestFields(OktaModel):
    """Requester fields for a prospective request.

    Attributes:
        data: The field definitions; empty when no input is needed.
        metadata: Extra information about a prospective request.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "metadata": "metadata",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "data": "list:model",
        "metadata": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "data": lambda d: _convert.parse_model_list(_requester_field.RequesterField.from_json, d.get("data", UNSET)),
        "metadata": lambda d: (
            _my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata.from_json(v)
            if (v := d.get("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryRequestFields._json_names),
    }

    data: list[RequesterField] | None | Unset = UNSET
    metadata: MyCatalogEntryRequestFieldsMetadata | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.data is not UNSET:
            d["data"] = _convert.dump_model_list(self.data, omit_read_only)
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_model(self.metadata, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.data = _convert.parse_model_list(_requester_field.RequesterField.from_dict, d.pop("data", UNSET))
        obj.metadata = (
            _my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata.from_dict(v)
            if (v := d.pop("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata, v)
        )
        obj.additional_properties = d
        return obj
