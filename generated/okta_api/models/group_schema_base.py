from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_schema_base_properties as _group_schema_base_properties

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_base_properties import GroupSchemaBaseProperties


@_attrs_define(kw_only=True)
class GroupSchemaBase(OktaModel):
    """An Okta `GroupSchemaBase`.

    Attributes:
        id (read-only, never sent): The subschema name
        properties: All Okta-defined profile properties are defined in a profile subschema with the resolution
            scope `#base`. These properties can't be removed or edited, regardless of any attempt to
            do so.
        required (read-only, never sent): A collection indicating required property names
        type_ (`type`, read-only, never sent): The object type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "properties": "properties",
        "required": "required",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "properties": "model",
        "required": "list:str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "properties": lambda d: (
            _group_schema_base_properties.GroupSchemaBaseProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_base_properties.GroupSchemaBaseProperties, v)
        ),
        "required": "required",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, GroupSchemaBase._json_names),
    }

    id: str | None | Unset = UNSET
    properties: GroupSchemaBaseProperties | None | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.required is not UNSET and not omit_read_only:
            d["required"] = self.required
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
        obj.id = d.pop("id", UNSET)
        obj.properties = (
            _group_schema_base_properties.GroupSchemaBaseProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_base_properties.GroupSchemaBaseProperties, v)
        )
        obj.required = d.pop("required", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
