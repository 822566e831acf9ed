from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_link_hints as _governance_link_hints

if TYPE_CHECKING:
    from typing import Self

    from .governance_link_hints import GovernanceLinkHints


@_attrs_define(kw_only=True)
class GovernanceLink(OktaModel):
    """A link to a related resource.

    Attributes:
        href: Target URI.
        name: Link name.
        rel: Link relation.
        type_ (`type`): Media type of the target; `application/json` when absent.
        templated: Whether `href` is a URI template.
        hints: Link hints, each a list of strings.
        title: Link title.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "href": "href",
        "name": "name",
        "rel": "rel",
        "type": "type_",
        "templated": "templated",
        "hints": "hints",
        "title": "title",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "href": "str",
        "name": "str",
        "rel": "str",
        "type_": "str",
        "templated": "bool",
        "hints": "model",
        "title": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "href": "href",
        "name": "name",
        "rel": "rel",
        "type_": "type",
        "templated": "templated",
        "hints": lambda d: (
            _governance_link_hints.GovernanceLinkHints.from_json(v)
            if (v := d.get("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link_hints.GovernanceLinkHints, v)
        ),
        "title": "title",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceLink._json_names),
    }

    href: str | None | Unset
    name: str | None | Unset = UNSET
    rel: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    templated: bool | None | Unset = UNSET
    hints: GovernanceLinkHints | None | Unset = UNSET
    title: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.href is not UNSET:
            d["href"] = self.href
        if self.name is not UNSET:
            d["name"] = self.name
        if self.rel is not UNSET:
            d["rel"] = self.rel
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.templated is not UNSET:
            d["templated"] = self.templated
        if self.hints is not UNSET:
            d["hints"] = _convert.dump_model(self.hints, omit_read_only)
        if self.title is not UNSET:
            d["title"] = self.title
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.href = d.pop("href", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.rel = d.pop("rel", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.templated = d.pop("templated", UNSET)
        obj.hints = (
            _governance_link_hints.GovernanceLinkHints.from_dict(v)
            if (v := d.pop("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link_hints.GovernanceLinkHints, v)
        )
        obj.title = d.pop("title", UNSET)
        obj.additional_properties = d
        return obj
