from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .linked_object_details_type import LinkedObjectDetailsType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "name": "name",
        "title": "title",
        "type_": lambda d: (
            _convert.parse_enum(LinkedObjectDetailsType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "description": "description",
        "additional_properties": lambda d: _convert.undeclared(d, LinkedObjectDetails._json_names),
    }

    name: str | None | Unset
    title: str | None | Unset
    type_: LinkedObjectDetailsType | None | Unset
    description: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.title is not UNSET:
            d["title"] = self.title
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.description is not UNSET:
            d["description"] = self.description
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.title = d.pop("title", UNSET)
        obj.type_ = (
            _convert.parse_enum(LinkedObjectDetailsType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.description = d.pop("description", UNSET)
        obj.additional_properties = d
        return obj
