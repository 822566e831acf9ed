from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .requester_field_type import RequesterFieldType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(RequesterFieldType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "type_": ("type", _parse_type_),
        "required": ("required", None),
        "label": ("label", None),
        "choices": ("choices", None),
        "read_only": ("readOnly", None),
        "value": ("value", None),
        "maximum_value": ("maximumValue", None),
    }

    id: str | None = _attrs_field(init=False)
    type_: RequesterFieldType | None = _attrs_field(init=False)
    required: bool | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    choices: list[str] | None = _attrs_field(init=False)
    read_only: bool | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False)
    maximum_value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        type_: RequesterFieldType | None | Unset,
        required: bool | None | Unset,
        label: str | None | Unset = UNSET,
        choices: list[str] | None | Unset = UNSET,
        read_only: bool | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        maximum_value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if required is not UNSET:
            _set_field(self, "required", required)
        if label is not UNSET:
            _set_field(self, "label", label)
        if choices is not UNSET:
            _set_field(self, "choices", choices)
        if read_only is not UNSET:
            _set_field(self, "read_only", read_only)
        if value is not UNSET:
            _set_field(self, "value", value)
        if maximum_value is not UNSET:
            _set_field(self, "maximum_value", maximum_value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("required", UNSET)) is not UNSET:
            d["required"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("choices", UNSET)) is not UNSET:
            d["choices"] = v
        if (v := values.get("read_only", UNSET)) is not UNSET:
            d["readOnly"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if (v := values.get("maximum_value", UNSET)) is not UNSET:
            d["maximumValue"] = v
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
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("choices", UNSET)) is not UNSET:
            obj.choices = v
        if (v := d.pop("readOnly", UNSET)) is not UNSET:
            obj.read_only = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        if (v := d.pop("maximumValue", UNSET)) is not UNSET:
            obj.maximum_value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
