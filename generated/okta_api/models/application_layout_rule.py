from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_layout_rule_condition as _application_layout_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .application_layout_rule_condition import ApplicationLayoutRuleCondition


@_attrs_define(kw_only=True)
class ApplicationLayoutRule(OktaModel):
    """An Okta `ApplicationLayoutRule`.

    Attributes:
        effect: str
        condition: ApplicationLayoutRuleCondition
    """

    _json_names: ClassVar[dict[str, str]] = {
        "effect": "effect",
        "condition": "condition",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "effect": "str",
        "condition": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "effect": "effect",
        "condition": lambda d: (
            _application_layout_rule_condition.ApplicationLayoutRuleCondition.from_json(v)
            if (v := d.get("condition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_layout_rule_condition.ApplicationLayoutRuleCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationLayoutRule._json_names),
    }

    effect: str | None | Unset = UNSET
    condition: ApplicationLayoutRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.effect is not UNSET:
            d["effect"] = self.effect
        if self.condition is not UNSET:
            d["condition"] = _convert.dump_model(self.condition, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.effect = d.pop("effect", UNSET)
        obj.condition = (
            _application_layout_rule_condition.ApplicationLayoutRuleCondition.from_dict(v)
            if (v := d.pop("condition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_layout_rule_condition.ApplicationLayoutRuleCondition, v)
        )
        obj.additional_properties = d
        return obj
