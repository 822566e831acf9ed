from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import customizable_page as _customizable_page

if TYPE_CHECKING:
    from typing import Self

    from .customizable_page import CustomizablePage


@_attrs_define(kw_only=True)
class PageRootEmbedded(OktaModel):
    """An Okta `PageRootEmbedded`.

    Attributes:
        default: CustomizablePage
        customized: CustomizablePage
        customized_url (`customizedUrl`): str
        preview: CustomizablePage
        preview_url (`previewUrl`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "default": "default",
        "customized": "customized",
        "customizedUrl": "customized_url",
        "preview": "preview",
        "previewUrl": "preview_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "default": "model",
        "customized": "model",
        "customized_url": "str",
        "preview": "model",
        "preview_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "default": lambda d: (
            _customizable_page.CustomizablePage.from_json(v)
            if (v := d.get("default", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        ),
        "customized": lambda d: (
            _customizable_page.CustomizablePage.from_json(v)
            if (v := d.get("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        ),
        "customized_url": "customizedUrl",
        "preview": lambda d: (
            _customizable_page.CustomizablePage.from_json(v)
            if (v := d.get("preview", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        ),
        "preview_url": "previewUrl",
        "additional_properties": lambda d: _convert.undeclared(d, PageRootEmbedded._json_names),
    }

    default: CustomizablePage | None | Unset = UNSET
    customized: CustomizablePage | None | Unset = UNSET
    customized_url: str | None | Unset = UNSET
    preview: CustomizablePage | None | Unset = UNSET
    preview_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.default is not UNSET:
            d["default"] = _convert.dump_model(self.default, omit_read_only)
        if self.customized is not UNSET:
            d["customized"] = _convert.dump_model(self.customized, omit_read_only)
        if self.customized_url is not UNSET:
            d["customizedUrl"] = self.customized_url
        if self.preview is not UNSET:
            d["preview"] = _convert.dump_model(self.preview, omit_read_only)
        if self.preview_url is not UNSET:
            d["previewUrl"] = self.preview_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.default = (
            _customizable_page.CustomizablePage.from_dict(v)
            if (v := d.pop("default", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        )
        obj.customized = (
            _customizable_page.CustomizablePage.from_dict(v)
            if (v := d.pop("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        )
        obj.customized_url = d.pop("customizedUrl", UNSET)
        obj.preview = (
            _customizable_page.CustomizablePage.from_dict(v)
            if (v := d.pop("preview", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_customizable_page.CustomizablePage, v)
        )
        obj.preview_url = d.pop("previewUrl", UNSET)
        obj.additional_properties = d
        return obj
