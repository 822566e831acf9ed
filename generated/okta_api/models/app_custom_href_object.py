from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_custom_href_object_hints as _app_custom_href_object_hints

if TYPE_CHECKING:
    from typing import Self

    from .app_custom_href_object_hints import AppCustomHrefObjectHints


@_attrs_define(kw_only=True)
class AppCustomHrefObject(OktaModel):
    """An Okta `AppCustomHrefObject`.

    Attributes:
        href: Link URI
        hints: Describes allowed HTTP verbs for the `href`
        title: Link name
        type_ (`type`): The media type of the link. If omitted, it is implicitly `application/json`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "href": "href",
        "hints": "hints",
        "title": "title",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "href": "str",
        "hints": "model",
        "title": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "href": "href",
        "hints": lambda d: (
            _app_custom_href_object_hints.AppCustomHrefObjectHints.from_json(v)
            if (v := d.get("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_custom_href_object_hints.AppCustomHrefObjectHints, v)
        ),
        "title": "title",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, AppCustomHrefObject._json_names),
    }

    href: str | None | Unset
    hints: AppCustomHrefObjectHints | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.href is not UNSET:
            d["href"] = self.href
        if self.hints is not UNSET:
            d["hints"] = _convert.dump_model(self.hints, omit_read_only)
        if self.title is not UNSET:
            d["title"] = self.title
        if self.type_ is not UNSET:
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
            _app_custom_href_object_hints.AppCustomHrefObjectHints.from_dict(v)
            if (v := d.pop("hints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_custom_href_object_hints.AppCustomHrefObjectHints, v)
        )
        obj.title = d.pop("title", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
