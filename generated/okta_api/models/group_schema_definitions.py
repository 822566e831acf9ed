from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_schema_base as _group_schema_base
from . import group_schema_custom as _group_schema_custom

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_base import GroupSchemaBase
    from .group_schema_custom import GroupSchemaCustom


def _parse_base(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_base.GroupSchemaBase.from_json(v) if lazy else _group_schema_base.GroupSchemaBase.from_dict(v)
        )
    return _convert.parse_model(_group_schema_base.GroupSchemaBase, v)


def _parse_custom(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_custom.GroupSchemaCustom.from_json(v)
            if lazy
            else _group_schema_custom.GroupSchemaCustom.from_dict(v)
        )
    return _convert.parse_model(_group_schema_custom.GroupSchemaCustom, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "base": ("base", _parse_base),
        "custom": ("custom", _parse_custom),
    }

    base: GroupSchemaBase | None = _attrs_field(init=False)
    custom: GroupSchemaCustom | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        base: GroupSchemaBase | None | Unset = UNSET,
        custom: GroupSchemaCustom | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if base is not UNSET:
            _set_field(self, "base", base)
        if custom is not UNSET:
            _set_field(self, "custom", custom)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("base", UNSET)) is not UNSET:
            d["base"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("custom", UNSET)) is not UNSET:
            d["custom"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("base", UNSET)) is not UNSET:
            obj.base = _parse_base(v, False)
        if (v := d.pop("custom", UNSET)) is not UNSET:
            obj.custom = _parse_custom(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
