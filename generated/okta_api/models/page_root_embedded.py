from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import customizable_page as _customizable_page

if TYPE_CHECKING:
    from typing import Self

    from .customizable_page import CustomizablePage


def _parse_default(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _customizable_page.CustomizablePage.from_json(v)
            if lazy
            else _customizable_page.CustomizablePage.from_dict(v)
        )
    return _convert.parse_model(_customizable_page.CustomizablePage, v)


def _parse_customized(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _customizable_page.CustomizablePage.from_json(v)
            if lazy
            else _customizable_page.CustomizablePage.from_dict(v)
        )
    return _convert.parse_model(_customizable_page.CustomizablePage, v)


def _parse_preview(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _customizable_page.CustomizablePage.from_json(v)
            if lazy
            else _customizable_page.CustomizablePage.from_dict(v)
        )
    return _convert.parse_model(_customizable_page.CustomizablePage, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "default": ("default", _parse_default),
        "customized": ("customized", _parse_customized),
        "customized_url": ("customizedUrl", None),
        "preview": ("preview", _parse_preview),
        "preview_url": ("previewUrl", None),
    }

    default: CustomizablePage | None = _attrs_field(init=False)
    customized: CustomizablePage | None = _attrs_field(init=False)
    customized_url: str | None = _attrs_field(init=False)
    preview: CustomizablePage | None = _attrs_field(init=False)
    preview_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        default: CustomizablePage | None | Unset = UNSET,
        customized: CustomizablePage | None | Unset = UNSET,
        customized_url: str | None | Unset = UNSET,
        preview: CustomizablePage | None | Unset = UNSET,
        preview_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if default is not UNSET:
            _set_field(self, "default", default)
        if customized is not UNSET:
            _set_field(self, "customized", customized)
        if customized_url is not UNSET:
            _set_field(self, "customized_url", customized_url)
        if preview is not UNSET:
            _set_field(self, "preview", preview)
        if preview_url is not UNSET:
            _set_field(self, "preview_url", preview_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("default", UNSET)) is not UNSET:
            d["default"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("customized", UNSET)) is not UNSET:
            d["customized"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("customized_url", UNSET)) is not UNSET:
            d["customizedUrl"] = v
        if (v := values.get("preview", UNSET)) is not UNSET:
            d["preview"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("preview_url", UNSET)) is not UNSET:
            d["previewUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("default", UNSET)) is not UNSET:
            obj.default = _parse_default(v, False)
        if (v := d.pop("customized", UNSET)) is not UNSET:
            obj.customized = _parse_customized(v, False)
        if (v := d.pop("customizedUrl", UNSET)) is not UNSET:
            obj.customized_url = v
        if (v := d.pop("preview", UNSET)) is not UNSET:
            obj.preview = _parse_preview(v, False)
        if (v := d.pop("previewUrl", UNSET)) is not UNSET:
            obj.preview_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
