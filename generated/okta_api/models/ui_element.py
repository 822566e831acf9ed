from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import ui_element_options as _ui_element_options

if TYPE_CHECKING:
    from typing import Self

    from .ui_element_options import UIElementOptions


def _parse_options(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _ui_element_options.UIElementOptions.from_json(v)
            if lazy
            else _ui_element_options.UIElementOptions.from_dict(v)
        )
    return _convert.parse_model(_ui_element_options.UIElementOptions, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "label": ("label", None),
        "options": ("options", _parse_options),
        "scope": ("scope", None),
        "type_": ("type", None),
    }

    label: str | None = _attrs_field(init=False)
    options: UIElementOptions | None = _attrs_field(init=False)
    scope: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        label: str | None | Unset = UNSET,
        options: UIElementOptions | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if label is not UNSET:
            _set_field(self, "label", label)
        if options is not UNSET:
            _set_field(self, "options", options)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("options", UNSET)) is not UNSET:
            d["options"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
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
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("options", UNSET)) is not UNSET:
            obj.options = _parse_options(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
