from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import page_root_embedded as _page_root_embedded
from . import page_root_links as _page_root_links

if TYPE_CHECKING:
    from typing import Self

    from .page_root_embedded import PageRootEmbedded
    from .page_root_links import PageRootLinks


@_attrs_define(kw_only=True)
class PageRoot(OktaModel):
    """An Okta `PageRoot`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): PageRootEmbedded
        field_links (`_links`, read-only, never sent): PageRootLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": lambda d: (
            _page_root_embedded.PageRootEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_page_root_embedded.PageRootEmbedded, v)
        ),
        "field_links": lambda d: (
            _page_root_links.PageRootLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_page_root_links.PageRootLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PageRoot._json_names),
    }

    field_embedded: PageRootEmbedded | None | Unset = UNSET
    field_links: PageRootLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.field_embedded = (
            _page_root_embedded.PageRootEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_page_root_embedded.PageRootEmbedded, v)
        )
        obj.field_links = (
            _page_root_links.PageRootLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_page_root_links.PageRootLinks, v)
        )
        obj.additional_properties = d
        return obj
