from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_schema_base as _group_schema_base
from . import group_schema_custom as _group_schema_custom

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_base import GroupSchemaBase
    from .group_schema_custom import GroupSchemaCustom


@_attrs_define(kw_only=True)
class GroupSchemaDefinitions(OktaModel):
    """An Okta `GroupSchemaDefinitions`.

    Attributes:
        base: GroupSchemaBase
        custom: All custom profile properties are defined in a profile subschema with the resolution scope
            `#custom`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "base": "base",
        "custom": "custom",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "base": "model",
        "custom": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "base": lambda d: (
            _group_schema_base.GroupSchemaBase.from_json(v)
            if (v := d.get("base", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_base.GroupSchemaBase, v)
        ),
        "custom": lambda d: (
            _group_schema_custom.GroupSchemaCustom.from_json(v)
            if (v := d.get("custom", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_custom.GroupSchemaCustom, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupSchemaDefinitions._json_names),
    }

    base: GroupSchemaBase | None | Unset = UNSET
    custom: GroupSchemaCustom | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.base is not UNSET:
            d["base"] = _convert.dump_model(self.base, omit_read_only)
        if self.custom is not UNSET:
            d["custom"] = _convert.dump_model(self.custom, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.base = (
            _group_schema_base.GroupSchemaBase.from_dict(v)
            if (v := d.pop("base", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_base.GroupSchemaBase, v)
        )
        obj.custom = (
            _group_schema_custom.GroupSchemaCustom.from_dict(v)
            if (v := d.pop("custom", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_schema_custom.GroupSchemaCustom, v)
        )
        obj.additional_properties = d
        return obj
