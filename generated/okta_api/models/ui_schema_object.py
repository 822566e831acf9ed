from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import ui_element as _ui_element

if TYPE_CHECKING:
    from typing import Self

    from .ui_element import UIElement


def _parse_elements(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_ui_element.UIElement.from_json if lazy else _ui_element.UIElement.from_dict, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "button_label": ("buttonLabel", None),
        "elements": ("elements", _parse_elements),
        "label": ("label", None),
        "type_": ("type", None),
    }

    button_label: str | None = _attrs_field(init=False)
    elements: list[UIElement] | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        button_label: str | None | Unset = UNSET,
        elements: list[UIElement] | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if button_label is not UNSET:
            _set_field(self, "button_label", button_label)
        if elements is not UNSET:
            _set_field(self, "elements", elements)
        if label is not UNSET:
            _set_field(self, "label", label)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("button_label", UNSET)) is not UNSET:
            d["buttonLabel"] = v
        if (v := values.get("elements", UNSET)) is not UNSET:
            d["elements"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
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
        if (v := d.pop("buttonLabel", UNSET)) is not UNSET:
            obj.button_label = v
        if (v := d.pop("elements", UNSET)) is not UNSET:
            obj.elements = _parse_elements(v, False)
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
