from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import my_catalog_entry_request_fields_metadata as _my_catalog_entry_request_fields_metadata
from . import requester_field as _requester_field

if TYPE_CHECKING:
    from typing import Self

    from .my_catalog_entry_request_fields_metadata import MyCatalogEntryRequestFieldsMetadata
    from .requester_field import RequesterField


def _parse_data(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _requester_field.RequesterField.from_json if lazy else _requester_field.RequesterField.from_dict, v
    )


def _parse_metadata(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata.from_json(v)
            if lazy
            else _my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata.from_dict(v)
        )
    return _convert.parse_model(_my_catalog_entry_request_fields_metadata.MyCatalogEntryRequestFieldsMetadata, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "data": ("data", _parse_data),
        "metadata": ("metadata", _parse_metadata),
    }

    data: list[RequesterField] | None = _attrs_field(init=False)
    metadata: MyCatalogEntryRequestFieldsMetadata | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        data: list[RequesterField] | None | Unset = UNSET,
        metadata: MyCatalogEntryRequestFieldsMetadata | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if data is not UNSET:
            _set_field(self, "data", data)
        if metadata is not UNSET:
            _set_field(self, "metadata", metadata)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("data", UNSET)) is not UNSET:
            d["data"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("metadata", UNSET)) is not UNSET:
            d["metadata"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("data", UNSET)) is not UNSET:
            obj.data = _parse_data(v, False)
        if (v := d.pop("metadata", UNSET)) is not UNSET:
            obj.metadata = _parse_metadata(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
