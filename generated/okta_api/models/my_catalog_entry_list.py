from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_list_links as _governance_list_links
from . import my_catalog_entry as _my_catalog_entry

if TYPE_CHECKING:
    from typing import Self

    from .governance_list_links import GovernanceListLinks
    from .my_catalog_entry import MyCatalogEntry


@_attrs_define(kw_only=True)
class MyCatalogEntryList(OktaModel):
    """One page of catalog entries.

    Attributes:
        data: The entries of this page.
        field_links (`_links`): Links of a page of catalog entries. `atspoke` is given for top-level entries when request
            types are supported, `match` when matching is.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "data": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "data": lambda d: _convert.parse_model_list(_my_catalog_entry.MyCatalogEntry.from_json, d.get("data", UNSET)),
        "field_links": lambda d: (
            _governance_list_links.GovernanceListLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_list_links.GovernanceListLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryList._json_names),
    }

    data: list[MyCatalogEntry] | None | Unset = UNSET
    field_links: GovernanceListLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.data is not UNSET:
            d["data"] = _convert.dump_model_list(self.data, omit_read_only)
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.data = _convert.parse_model_list(_my_catalog_entry.MyCatalogEntry.from_dict, d.pop("data", UNSET))
        obj.field_links = (
            _governance_list_links.GovernanceListLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_list_links.GovernanceListLinks, v)
        )
        obj.additional_properties = d
        return obj
