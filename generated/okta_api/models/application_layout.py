from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_layout_elements_item as _application_layout_elements_item
from . import application_layout_rule as _application_layout_rule

if TYPE_CHECKING:
    from typing import Self

    from .application_layout_elements_item import ApplicationLayoutElementsItem
    from .application_layout_rule import ApplicationLayoutRule


@_attrs_define(kw_only=True)
class ApplicationLayout(OktaModel):
    """An Okta `ApplicationLayout`.

    Attributes:
        elements: list[ApplicationLayoutElementsItem]
        label: str
        options: dict[str, Any]
        rule: ApplicationLayoutRule
        scope: str
        type_ (`type`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "elements": "elements",
        "label": "label",
        "options": "options",
        "rule": "rule",
        "scope": "scope",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "elements": "list:model",
        "label": "str",
        "options": "dict",
        "rule": "model",
        "scope": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "elements": lambda d: _convert.parse_model_list(
            _application_layout_elements_item.ApplicationLayoutElementsItem.from_json, d.get("elements", UNSET)
        ),
        "label": "label",
        "options": "options",
        "rule": lambda d: (
            _application_layout_rule.ApplicationLayoutRule.from_json(v)
            if (v := d.get("rule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_layout_rule.ApplicationLayoutRule, v)
        ),
        "scope": "scope",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationLayout._json_names),
    }

    elements: list[ApplicationLayoutElementsItem] | None | Unset = UNSET
    label: str | None | Unset = UNSET
    options: dict[str, Any] | None | Unset = UNSET
    rule: ApplicationLayoutRule | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.elements is not UNSET:
            d["elements"] = _convert.dump_model_list(self.elements, omit_read_only)
        if self.label is not UNSET:
            d["label"] = self.label
        if self.options is not UNSET:
            d["options"] = self.options
        if self.rule is not UNSET:
            d["rule"] = _convert.dump_model(self.rule, omit_read_only)
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
        obj.elements = _convert.parse_model_list(
            _application_layout_elements_item.ApplicationLayoutElementsItem.from_dict, d.pop("elements", UNSET)
        )
        obj.label = d.pop("label", UNSET)
        obj.options = d.pop("options", UNSET)
        obj.rule = (
            _application_layout_rule.ApplicationLayoutRule.from_dict(v)
            if (v := d.pop("rule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_layout_rule.ApplicationLayoutRule, v)
        )
        obj.scope = d.pop("scope", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
