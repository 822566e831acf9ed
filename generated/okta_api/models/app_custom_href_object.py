from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_custom_href_object_hints as _app_custom_href_object_hints

if TYPE_CHECKING:
    from typing import Self

    from .app_custom_href_object_hints import AppCustomHrefObjectHints


def _parse_hints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_custom_href_object_hints.AppCustomHrefObjectHints.from_json(v)
            if lazy
            else _app_custom_href_object_hints.AppCustomHrefObjectHints.from_dict(v)
        )
    return _convert.parse_model(_app_custom_href_object_hints.AppCustomHrefObjectHints, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "href": ("href", None),
        "hints": ("hints", _parse_hints),
        "title": ("title", None),
        "type_": ("type", None),
    }

    href: str | None = _attrs_field(init=False)
    hints: AppCustomHrefObjectHints | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        href: str | None | Unset,
        hints: AppCustomHrefObjectHints | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if href is not UNSET:
            _set_field(self, "href", href)
        if hints is not UNSET:
            _set_field(self, "hints", hints)
        if title is not UNSET:
            _set_field(self, "title", title)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("href", UNSET)) is not UNSET:
            d["href"] = v
        if (v := values.get("hints", UNSET)) is not UNSET:
            d["hints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("href", UNSET)) is not UNSET:
            obj.href = v
        if (v := d.pop("hints", UNSET)) is not UNSET:
            obj.hints = _parse_hints(v, False)
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
