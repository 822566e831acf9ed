from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_schema_base_properties as _group_schema_base_properties

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_base_properties import GroupSchemaBaseProperties


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_base_properties.GroupSchemaBaseProperties.from_json(v)
            if lazy
            else _group_schema_base_properties.GroupSchemaBaseProperties.from_dict(v)
        )
    return _convert.parse_model(_group_schema_base_properties.GroupSchemaBaseProperties, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "properties": ("properties", _parse_properties),
        "required": ("required", None),
        "type_": ("type", None),
    }

    id: str | None = _attrs_field(init=False)
    properties: GroupSchemaBaseProperties | None = _attrs_field(init=False)
    required: list[str] | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        properties: GroupSchemaBaseProperties | None | Unset = UNSET,
        required: list[str] | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        if required is not UNSET:
            _set_field(self, "required", required)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("required", UNSET)) is not UNSET and not omit_read_only:
            d["required"] = v
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
