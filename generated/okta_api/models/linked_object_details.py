from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .linked_object_details_type import LinkedObjectDetailsType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(LinkedObjectDetailsType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LinkedObjectDetails(OktaModel):
    """LinkedObjectDetails

    Attributes:
        name: API name of the `primary` or the `associated` link. The `name` parameter can't start with
            a number and can only contain the following characters: `a-z`, `A-Z`,` 0-9`, and `_`.
        title: Display name of the `primary` or the `associated` link
        type_ (`type`): The object type for this relationship
        description: Description of the `primary` or the `associated` relationship
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "title": "title",
        "type": "type_",
        "description": "description",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "title": "str",
        "type_": "enum",
        "description": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "title": ("title", None),
        "type_": ("type", _parse_type_),
        "description": ("description", None),
    }

    name: str | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    type_: LinkedObjectDetailsType | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        title: str | None | Unset,
        type_: LinkedObjectDetailsType | None | Unset,
        description: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if title is not UNSET:
            _set_field(self, "title", title)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if description is not UNSET:
            _set_field(self, "description", description)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
