from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_schema_attribute_enum as _user_schema_attribute_enum

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute_enum import UserSchemaAttributeEnum


@_attrs_define(kw_only=True)
class UserSchemaAttributeItems(OktaModel):
    """An Okta `UserSchemaAttributeItems`.

    Attributes:
        enum: list[str]
        one_of (`oneOf`): list[UserSchemaAttributeEnum]
        type_ (`type`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enum": "enum",
        "oneOf": "one_of",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enum": "list:str",
        "one_of": "list:model",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enum": "enum",
        "one_of": lambda d: _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json, d.get("oneOf", UNSET)
        ),
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaAttributeItems._json_names),
    }

    enum: list[str] | None | Unset = UNSET
    one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enum is not UNSET:
            d["enum"] = self.enum
        if self.one_of is not UNSET:
            d["oneOf"] = _convert.dump_model_list(self.one_of, omit_read_only)
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
        obj.enum = d.pop("enum", UNSET)
        obj.one_of = _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict, d.pop("oneOf", UNSET)
        )
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
