from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .requester_field_type import RequesterFieldType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RequesterField(OktaModel):
    """Definition of a field the requester fills in.

    Attributes:
        id: Field id; use it as `id` in `requesterFieldValues`. Reserved ids: `OKTA_REQUESTED_FOR`
            (user the request is for) and the access duration, which servers return as
            `ACCESS_DURATION` (kept for compatibility) and which is being renamed
            `OKTA_ACCESS_DURATION`.
        type_ (`type`): Kind of value a requester field takes. `MULTISELECT` values go in `values`; every other
            type uses `value`.
        required: Whether the request needs a value for this field.
        label: Label shown to the requester.
        choices: Allowed values of a `SELECT` or `MULTISELECT` field.
        read_only (`readOnly`): Whether the field cannot be changed.
        value: Value an admin set for the field; applies to `DURATION` fields only (an ISO 8601 duration
            such as `P4D`).
        maximum_value (`maximumValue`): Longest allowed ISO 8601 duration; `DURATION` fields only.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "required": "required",
        "label": "label",
        "choices": "choices",
        "readOnly": "read_only",
        "value": "value",
        "maximumValue": "maximum_value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "type_": "enum",
        "required": "bool",
        "label": "str",
        "choices": "list:str",
        "read_only": "bool",
        "value": "str",
        "maximum_value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "type_": lambda d: (
            _convert.parse_enum(RequesterFieldType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "required": "required",
        "label": "label",
        "choices": "choices",
        "read_only": "readOnly",
        "value": "value",
        "maximum_value": "maximumValue",
        "additional_properties": lambda d: _convert.undeclared(d, RequesterField._json_names),
    }

    id: str | None | Unset
    type_: RequesterFieldType | None | Unset
    required: bool | None | Unset
    label: str | None | Unset = UNSET
    choices: list[str] | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    value: str | None | Unset = UNSET
    maximum_value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.required is not UNSET:
            d["required"] = self.required
        if self.label is not UNSET:
            d["label"] = self.label
        if self.choices is not UNSET:
            d["choices"] = self.choices
        if self.read_only is not UNSET:
            d["readOnly"] = self.read_only
        if self.value is not UNSET:
            d["value"] = self.value
        if self.maximum_value is not UNSET:
            d["maximumValue"] = self.maximum_value
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
        obj.type_ = _convert.parse_enum(RequesterFieldType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.required = d.pop("required", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.choices = d.pop("choices", UNSET)
        obj.read_only = d.pop("readOnly", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.maximum_value = d.pop("maximumValue", UNSET)
        obj.additional_properties = d
        return obj
