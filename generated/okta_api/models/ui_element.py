from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ui_element_options as _ui_element_options

if TYPE_CHECKING:
    from typing import Self

    from .ui_element_options import UIElementOptions


@_attrs_define(kw_only=True)
class UIElement(OktaModel):
    """Specifies the configuration of an input field on an enrollment form

    Attributes:
        label: Label name for the UI element
        options: UI Schema element options object
        scope: Specifies the property bound to the input field. It must follow the format
            `#/properties/PROPERTY_NAME` where `PROPERTY_NAME` is a variable name for an attribute in
            `profile editor`.
        type_ (`type`): Specifies the relationship between this input element and `scope`. The `Control` value
            specifies that this input controls the value represented by `scope`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "label": "label",
        "options": "options",
        "scope": "scope",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "label": "str",
        "options": "model",
        "scope": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "label": "label",
        "options": lambda d: (
            _ui_element_options.UIElementOptions.from_json(v)
            if (v := d.get("options", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_element_options.UIElementOptions, v)
        ),
        "scope": "scope",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, UIElement._json_names),
    }

    label: str | None | Unset = UNSET
    options: UIElementOptions | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.label is not UNSET:
            d["label"] = self.label
        if self.options is not UNSET:
            d["options"] = _convert.dump_model(self.options, omit_read_only)
        if self.scope is not UNSET:
            d["scope"] = self.scope
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
        obj.label = d.pop("label", UNSET)
        obj.options = (
            _ui_element_options.UIElementOptions.from_dict(v)
            if (v := d.pop("options", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_element_options.UIElementOptions, v)
        )
        obj.scope = d.pop("scope", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
