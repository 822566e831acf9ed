from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ion_form as _ion_form

if TYPE_CHECKING:
    from typing import Self

    from .ion_form import IonForm


@_attrs_define(kw_only=True)
class IonField(OktaModel):
    """An Okta `IonField`.

    Attributes:
        form: IonForm
        label: str
        mutable: bool
        name: str
        required: bool
        secret: bool
        type_ (`type`): str
        value: dict[str, Any]
        visible: bool
    """

    _json_names: ClassVar[dict[str, str]] = {
        "form": "form",
        "label": "label",
        "mutable": "mutable",
        "name": "name",
        "required": "required",
        "secret": "secret",
        "type": "type_",
        "value": "value",
        "visible": "visible",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "form": "model",
        "label": "str",
        "mutable": "bool",
        "name": "str",
        "required": "bool",
        "secret": "bool",
        "type_": "str",
        "value": "dict",
        "visible": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "form": lambda d: (
            _ion_form.IonForm.from_json(v)
            if (v := d.get("form", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ion_form.IonForm, v)
        ),
        "label": "label",
        "mutable": "mutable",
        "name": "name",
        "required": "required",
        "secret": "secret",
        "type_": "type",
        "value": "value",
        "visible": "visible",
        "additional_properties": lambda d: _convert.undeclared(d, IonField._json_names),
    }

    form: IonForm | None | Unset = UNSET
    label: str | None | Unset = UNSET
    mutable: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    secret: bool | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    value: dict[str, Any] | None | Unset = UNSET
    visible: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.form is not UNSET:
            d["form"] = _convert.dump_model(self.form, omit_read_only)
        if self.label is not UNSET:
            d["label"] = self.label
        if self.mutable is not UNSET:
            d["mutable"] = self.mutable
        if self.name is not UNSET:
            d["name"] = self.name
        if self.required is not UNSET:
            d["required"] = self.required
        if self.secret is not UNSET:
            d["secret"] = self.secret
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = self.value
        if self.visible is not UNSET:
            d["visible"] = self.visible
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.form = (
            _ion_form.IonForm.from_dict(v)
            if (v := d.pop("form", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ion_form.IonForm, v)
        )
        obj.label = d.pop("label", UNSET)
        obj.mutable = d.pop("mutable", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.required = d.pop("required", UNSET)
        obj.secret = d.pop("secret", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.visible = d.pop("visible", UNSET)
        obj.additional_properties = d
        return obj
