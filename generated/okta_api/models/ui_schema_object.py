from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ui_element as _ui_element

if TYPE_CHECKING:
    from typing import Self

    from .ui_element import UIElement


@_attrs_define(kw_only=True)
class UISchemaObject(OktaModel):
    """Properties of the UI schema

    Attributes:
        button_label (`buttonLabel`): Specifies the button label for the `Submit` button at the bottom of the enrollment form
        elements: list[UIElement]
        label: Specifies the label at the top of the enrollment form under the logo
        type_ (`type`): Specifies the type of layout
    """

    _json_names: ClassVar[dict[str, str]] = {
        "buttonLabel": "button_label",
        "elements": "elements",
        "label": "label",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "button_label": "str",
        "elements": "list:model",
        "label": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "button_label": "buttonLabel",
        "elements": lambda d: _convert.parse_model_list(_ui_element.UIElement.from_json, d.get("elements", UNSET)),
        "label": "label",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, UISchemaObject._json_names),
    }

    button_label: str | None | Unset = UNSET
    elements: list[UIElement] | None | Unset = UNSET
    label: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.button_label is not UNSET:
            d["buttonLabel"] = self.button_label
        if self.elements is not UNSET:
            d["elements"] = _convert.dump_model_list(self.elements, omit_read_only)
        if self.label is not UNSET:
            d["label"] = self.label
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
        obj.button_label = d.pop("buttonLabel", UNSET)
        obj.elements = _convert.parse_model_list(_ui_element.UIElement.from_dict, d.pop("elements", UNSET))
        obj.label = d.pop("label", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
