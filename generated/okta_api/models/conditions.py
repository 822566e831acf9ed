from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import expression as _expression

if TYPE_CHECKING:
    from typing import Self

    from .expression import Expression


def _parse_expression(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _expression.Expression.from_json(v) if lazy else _expression.Expression.from_dict(v)
    return _convert.parse_model(_expression.Expression, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expression": ("expression", _parse_expression),
        "profile_source_id": ("profileSourceId", None),
    }

    expression: Expression | None = _attrs_field(init=False)
    profile_source_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expression: Expression | None | Unset = UNSET,
        profile_source_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expression is not UNSET:
            _set_field(self, "expression", expression)
        if profile_source_id is not UNSET:
            _set_field(self, "profile_source_id", profile_source_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expression", UNSET)) is not UNSET:
            d["expression"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile_source_id", UNSET)) is not UNSET:
            d["profileSourceId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expression", UNSET)) is not UNSET:
            obj.expression = _parse_expression(v, False)
        if (v := d.pop("profileSourceId", UNSET)) is not UNSET:
            obj.profile_source_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
