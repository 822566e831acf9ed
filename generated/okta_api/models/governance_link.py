from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_link_hints as _governance_link_hints

if TYPE_CHECKING:
    from typing import Self

    from .governance_link_hints import GovernanceLinkHints


def _parse_hints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_link_hints.GovernanceLinkHints.from_json(v)
            if lazy
            else _governance_link_hints.GovernanceLinkHints.from_dict(v)
        )
    return _convert.parse_model(_governance_link_hints.GovernanceLinkHints, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "href": ("href", None),
        "name": ("name", None),
        "rel": ("rel", None),
        "type_": ("type", None),
        "templated": ("templated", None),
        "hints": ("hints", _parse_hints),
        "title": ("title", None),
    }

    href: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    rel: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    templated: bool | None = _attrs_field(init=False)
    hints: GovernanceLinkHints | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        href: str | None | Unset,
        name: str | None | Unset = UNSET,
        rel: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        templated: bool | None | Unset = UNSET,
        hints: GovernanceLinkHints | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if href is not UNSET:
            _set_field(self, "href", href)
        if name is not UNSET:
            _set_field(self, "name", name)
        if rel is not UNSET:
            _set_field(self, "rel", rel)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if templated is not UNSET:
            _set_field(self, "templated", templated)
        if hints is not UNSET:
            _set_field(self, "hints", hints)
        if title is not UNSET:
            _set_field(self, "title", title)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("href", UNSET)) is not UNSET:
            d["href"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("rel", UNSET)) is not UNSET:
            d["rel"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("templated", UNSET)) is not UNSET:
            d["templated"] = v
        if (v := values.get("hints", UNSET)) is not UNSET:
            d["hints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("rel", UNSET)) is not UNSET:
            obj.rel = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("templated", UNSET)) is not UNSET:
            obj.templated = v
        if (v := d.pop("hints", UNSET)) is not UNSET:
            obj.hints = _parse_hints(v, False)
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
