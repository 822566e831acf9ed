from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import expression as _expression

if TYPE_CHECKING:
    from typing import Self

    from .expression import Expression


@_attrs_define(kw_only=True)
class Conditions(OktaModel):
    """Conditions of applying realm assignment

    Attributes:
        expression: Conditional expression
        profile_source_id (`profileSourceId`): ID of the profile source
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expression": "expression",
        "profileSourceId": "profile_source_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expression": "model",
        "profile_source_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expression": lambda d: (
            _expression.Expression.from_json(v)
            if (v := d.get("expression", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_expression.Expression, v)
        ),
        "profile_source_id": "profileSourceId",
        "additional_properties": lambda d: _convert.undeclared(d, Conditions._json_names),
    }

    expression: Expression | None | Unset = UNSET
    profile_source_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expression is not UNSET:
            d["expression"] = _convert.dump_model(self.expression, omit_read_only)
        if self.profile_source_id is not UNSET:
            d["profileSourceId"] = self.profile_source_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expression = (
            _expression.Expression.from_dict(v)
            if (v := d.pop("expression", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_expression.Expression, v)
        )
        obj.profile_source_id = d.pop("profileSourceId", UNSET)
        obj.additional_properties = d
        return obj
