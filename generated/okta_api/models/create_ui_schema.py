from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ui_schema_object as _ui_schema_object

if TYPE_CHECKING:
    from typing import Self

    from .ui_schema_object import UISchemaObject


@_attrs_define(kw_only=True)
class CreateUISchema(OktaModel):
    """The request body properties for the new UI Schema

    Attributes:
        ui_schema (`uiSchema`): Properties of the UI schema
    """

    _json_names: ClassVar[dict[str, str]] = {
        "uiSchema": "ui_schema",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "ui_schema": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "ui_schema": lambda d: (
            _ui_schema_object.UISchemaObject.from_json(v)
            if (v := d.get("uiSchema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_schema_object.UISchemaObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CreateUISchema._json_names),
    }

    ui_schema: UISchemaObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.ui_schema is not UNSET:
            d["uiSchema"] = _convert.dump_model(self.ui_schema, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.ui_schema = (
            _ui_schema_object.UISchemaObject.from_dict(v)
            if (v := d.pop("uiSchema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_schema_object.UISchemaObject, v)
        )
        obj.additional_properties = d
        return obj
