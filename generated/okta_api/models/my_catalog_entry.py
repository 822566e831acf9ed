from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import my_catalog_entry_counts as _my_catalog_entry_counts
from . import my_catalog_entry_links as _my_catalog_entry_links

if TYPE_CHECKING:
    from typing import Self

    from .my_catalog_entry_counts import MyCatalogEntryCounts
    from .my_catalog_entry_links import MyCatalogEntryLinks


@_attrs_define(kw_only=True)
class MyCatalogEntry(OktaModel):
    """A requestable item of the catalog: an app or resource collection (top level) or an access option
    inside one (child, with `parent`).

    Attributes:
        id: Catalog entry id.
        name: Display name.
        requestable: Whether the entry itself can be requested (otherwise request one of its children).
        field_links (`_links`): Links of a catalog entry. `createRequest` is given only when the entry is requestable,
            `parent` only when it has one, `submittedRequest` or `pendingRequest` when the signed-in
            user has a request for it, and `relatedEntity` for the requested resource.
        description: Description shown to requesters.
        label: Kind of top-level entry, such as `Application` or `Resource Collection`.
        parent: Id of the parent entry; absent on top-level entries.
        counts: Sizes of a resource collection entry.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "requestable": "requestable",
        "_links": "field_links",
        "description": "description",
        "label": "label",
        "parent": "parent",
        "counts": "counts",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "requestable": "bool",
        "field_links": "model",
        "description": "str",
        "label": "str",
        "parent": "str",
        "counts": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "requestable": "requestable",
        "field_links": lambda d: (
            _my_catalog_entry_links.MyCatalogEntryLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_links.MyCatalogEntryLinks, v)
        ),
        "description": "description",
        "label": "label",
        "parent": "parent",
        "counts": lambda d: (
            _my_catalog_entry_counts.MyCatalogEntryCounts.from_json(v)
            if (v := d.get("counts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_counts.MyCatalogEntryCounts, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntry._json_names),
    }

    id: str | None | Unset
    name: str | None | Unset
    requestable: bool | None | Unset
    field_links: MyCatalogEntryLinks | None | Unset
    description: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    parent: str | None | Unset = UNSET
    counts: MyCatalogEntryCounts | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.requestable is not UNSET:
            d["requestable"] = self.requestable
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.label is not UNSET:
            d["label"] = self.label
        if self.parent is not UNSET:
            d["parent"] = self.parent
        if self.counts is not UNSET:
            d["counts"] = _convert.dump_model(self.counts, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.requestable = d.pop("requestable", UNSET)
        obj.field_links = (
            _my_catalog_entry_links.MyCatalogEntryLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_links.MyCatalogEntryLinks, v)
        )
        obj.description = d.pop("description", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.parent = d.pop("parent", UNSET)
        obj.counts = (
            _my_catalog_entry_counts.MyCatalogEntryCounts.from_dict(v)
            if (v := d.pop("counts", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_catalog_entry_counts.MyCatalogEntryCounts, v)
        )
        obj.additional_properties = d
        return obj
