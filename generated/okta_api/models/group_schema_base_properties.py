from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_schema_attribute as _group_schema_attribute

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_attribute import GroupSchemaAttribute


@_attrs_define(kw_only=True)
class GroupSchemaBaseProperties(OktaModel):
    """All Okta-defined profile properties are defined in a profile subschema with the resolution scope
    `#base`. These properties can't be removed or edited, regardless of any attempt to do so.

    Attributes:
        description: GroupSchemaAttribute
        name: GroupSchemaAttribute
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "model",
        "name": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": lambda d: (
            _group_schema_attribute.GroupSchemaAttribute.from_json(v)
            if (v := d.get("description", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)
        ),
        "name": lambda d: (
            _group_schema_attribute.GroupSchemaAttribute.from_json(v)
            if (v := d.get("name", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupSchemaBaseProperties._json_names),
    }

    description: GroupSchemaAttribute | None | Unset = UNSET
    name: GroupSchemaAttribute | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = _convert.dump_model(self.description, omit_read_only)
        if self.name is not UNSET:
            d["name"] = _convert.dump_model(self.name, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = (
            _group_schema_attribute.GroupSchemaAttribute.from_dict(v)
            if (v := d.pop("description", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)
        )
        obj.name = (
            _group_schema_attribute.GroupSchemaAttribute.from_dict(v)
            if (v := d.pop("name", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)
        )
        obj.additional_properties = d
        return obj
