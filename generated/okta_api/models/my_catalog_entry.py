from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import my_catalog_entry_counts as _my_catalog_entry_counts
from . import my_catalog_entry_links as _my_catalog_entry_links

if TYPE_CHECKING:
    from typing import Self

    from .my_catalog_entry_counts import MyCatalogEntryCounts
    from .my_catalog_entry_links import MyCatalogEntryLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _my_catalog_entry_links.MyCatalogEntryLinks.from_json(v)
            if lazy
            else _my_catalog_entry_links.MyCatalogEntryLinks.from_dict(v)
        )
    return _convert.parse_model(_my_catalog_entry_links.MyCatalogEntryLinks, v)


def _parse_counts(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _my_catalog_entry_counts.MyCatalogEntryCounts.from_json(v)
            if lazy
            else _my_catalog_entry_counts.MyCatalogEntryCounts.from_dict(v)
        )
    return _convert.parse_model(_my_catalog_entry_counts.MyCatalogEntryCounts, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "name": ("name", None),
        "requestable": ("requestable", None),
        "field_links": ("_links", _parse_field_links),
        "description": ("description", None),
        "label": ("label", None),
        "parent": ("parent", None),
        "counts": ("counts", _parse_counts),
    }

    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    requestable: bool | None = _attrs_field(init=False)
    field_links: MyCatalogEntryLinks | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    parent: str | None = _attrs_field(init=False)
    counts: MyCatalogEntryCounts | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        name: str | None | Unset,
        requestable: bool | None | Unset,
        field_links: MyCatalogEntryLinks | None | Unset,
        description: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        parent: str | None | Unset = UNSET,
        counts: MyCatalogEntryCounts | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if requestable is not UNSET:
            _set_field(self, "requestable", requestable)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if description is not UNSET:
            _set_field(self, "description", description)
        if label is not UNSET:
            _set_field(self, "label", label)
        if parent is not UNSET:
            _set_field(self, "parent", parent)
        if counts is not UNSET:
            _set_field(self, "counts", counts)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("requestable", UNSET)) is not UNSET:
            d["requestable"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("parent", UNSET)) is not UNSET:
            d["parent"] = v
        if (v := values.get("counts", UNSET)) is not UNSET:
            d["counts"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("requestable", UNSET)) is not UNSET:
            obj.requestable = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("parent", UNSET)) is not UNSET:
            obj.parent = v
        if (v := d.pop("counts", UNSET)) is not UNSET:
            obj.counts = _parse_counts(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
