from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import href_hints as _href_hints
from .href_object import HrefObject

if TYPE_CHECKING:
    from typing import Self

    from .href_hints import HrefHints


def _parse_hints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_hints.HrefHints.from_json(v) if lazy else _href_hints.HrefHints.from_dict(v)
    return _convert.parse_model(_href_hints.HrefHints, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GroupsLink(HrefObject):
    """An Okta `GroupsLink`.

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
        "href": ("href", None),
        "hints": ("hints", _parse_hints),
        "name": ("name", None),
        "templated": ("templated", None),
        "type_": ("type", None),
    }

    href: str | None = _attrs_field(init=False)
    hints: HrefHints | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    templated: bool | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        href: str | None | Unset,
        hints: HrefHints | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        templated: bool | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if href is not UNSET:
            _set_field(self, "href", href)
        if hints is not UNSET:
            _set_field(self, "hints", hints)
        if name is not UNSET:
            _set_field(self, "name", name)
        if templated is not UNSET:
            _set_field(self, "templated", templated)
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
        if (v := values.get("hints", UNSET)) is not UNSET and not omit_read_only:
            d["hints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("templated", UNSET)) is not UNSET and not omit_read_only:
            d["templated"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("templated", UNSET)) is not UNSET:
            obj.templated = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
