from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_schema_attribute_enum as _user_schema_attribute_enum

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute_enum import UserSchemaAttributeEnum


def _parse_one_of(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json
        if lazy
        else _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "enum": ("enum", None),
        "one_of": ("oneOf", _parse_one_of),
        "type_": ("type", None),
    }

    enum: list[str] | None = _attrs_field(init=False)
    one_of: list[UserSchemaAttributeEnum] | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enum: list[str] | None | Unset = UNSET,
        one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enum is not UNSET:
            _set_field(self, "enum", enum)
        if one_of is not UNSET:
            _set_field(self, "one_of", one_of)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enum", UNSET)) is not UNSET:
            d["enum"] = v
        if (v := values.get("one_of", UNSET)) is not UNSET:
            d["oneOf"] = _convert.dump_model_list(v, omit_read_only)
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
        if (v := d.pop("enum", UNSET)) is not UNSET:
            obj.enum = v
        if (v := d.pop("oneOf", UNSET)) is not UNSET:
            obj.one_of = _parse_one_of(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
