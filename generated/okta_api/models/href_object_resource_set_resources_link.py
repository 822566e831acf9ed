from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import href_hints as _href_hints
from .href_object import HrefObject

if TYPE_CHECKING:
    from typing import Self

    from .href_hints import HrefHints


@_attrs_define(kw_only=True)
class HrefObjectResourceSetResourcesLink(HrefObject):
    """An Okta `HrefObjectResourceSetResourcesLink`.

    Attributes:
        href: Link URI
        hints (read-only, never sent): Describes allowed HTTP verbs for the `href`
        name (read-only, never sent): Link name
        templated (read-only, never sent): Indicates whether the link object's `href` property is a URI template.
        type_ (`type`, read-only, never sent): The media type of the link. If omitted, it is implicitly `application/json`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "href": "href",
        "hints": "hints",
        "name": "name",
        "templated": "templated",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "href": "str",
        "hints": "model",
        "name": "str",
        "templated": "bool",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "href": "href",
        "hints": lambda d: (
            _href_hints.HrefHints.from_json(v)
            if (v := d.get("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_hints.HrefHints, v)
        ),
        "name": "name",
        "templated": "templated",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, HrefObjectResourceSetResourcesLink._json_names),
    }

    href: str | None | Unset
    hints: HrefHints | None | Unset = UNSET
    name: str | None | Unset = UNSET
    templated: bool | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.href is not UNSET:
            d["href"] = self.href
        if self.hints is not UNSET and not omit_read_only:
            d["hints"] = _convert.dump_model(self.hints, omit_read_only)
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.templated is not UNSET and not omit_read_only:
            d["templated"] = self.templated
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
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
        obj.hints = (
            _href_hints.HrefHints.from_dict(v)
            if (v := d.pop("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_hints.HrefHints, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.templated = d.pop("templated", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
