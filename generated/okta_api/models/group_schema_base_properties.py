from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_schema_attribute as _group_schema_attribute

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_attribute import GroupSchemaAttribute


def _parse_description(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_attribute.GroupSchemaAttribute.from_json(v)
            if lazy
            else _group_schema_attribute.GroupSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)


def _parse_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_attribute.GroupSchemaAttribute.from_json(v)
            if lazy
            else _group_schema_attribute.GroupSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_group_schema_attribute.GroupSchemaAttribute, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "description": ("description", _parse_description),
        "name": ("name", _parse_name),
    }

    description: GroupSchemaAttribute | None = _attrs_field(init=False)
    name: GroupSchemaAttribute | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: GroupSchemaAttribute | None | Unset = UNSET,
        name: GroupSchemaAttribute | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if name is not UNSET:
            _set_field(self, "name", name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = _parse_description(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = _parse_name(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
