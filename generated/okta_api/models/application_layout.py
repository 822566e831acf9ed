from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import application_layout_elements_item as _application_layout_elements_item
from . import application_layout_rule as _application_layout_rule

if TYPE_CHECKING:
    from typing import Self

    from .application_layout_elements_item import ApplicationLayoutElementsItem
    from .application_layout_rule import ApplicationLayoutRule


def _parse_elements(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _application_layout_elements_item.ApplicationLayoutElementsItem.from_json
        if lazy
        else _application_layout_elements_item.ApplicationLayoutElementsItem.from_dict,
        v,
    )


def _parse_rule(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_layout_rule.ApplicationLayoutRule.from_json(v)
            if lazy
            else _application_layout_rule.ApplicationLayoutRule.from_dict(v)
        )
    return _convert.parse_model(_application_layout_rule.ApplicationLayoutRule, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "elements": ("elements", _parse_elements),
        "label": ("label", None),
        "options": ("options", None),
        "rule": ("rule", _parse_rule),
        "scope": ("scope", None),
        "type_": ("type", None),
    }

    elements: list[ApplicationLayoutElementsItem] | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    options: dict[str, Any] | None = _attrs_field(init=False)
    rule: ApplicationLayoutRule | None = _attrs_field(init=False)
    scope: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        elements: list[ApplicationLayoutElementsItem] | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        options: dict[str, Any] | None | Unset = UNSET,
        rule: ApplicationLayoutRule | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if elements is not UNSET:
            _set_field(self, "elements", elements)
        if label is not UNSET:
            _set_field(self, "label", label)
        if options is not UNSET:
            _set_field(self, "options", options)
        if rule is not UNSET:
            _set_field(self, "rule", rule)
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
        if (v := values.get("elements", UNSET)) is not UNSET:
            d["elements"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("options", UNSET)) is not UNSET:
            d["options"] = v
        if (v := values.get("rule", UNSET)) is not UNSET:
            d["rule"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("elements", UNSET)) is not UNSET:
            obj.elements = _parse_elements(v, False)
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("options", UNSET)) is not UNSET:
            obj.options = v
        if (v := d.pop("rule", UNSET)) is not UNSET:
            obj.rule = _parse_rule(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
