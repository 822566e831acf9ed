from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import simulate_result_conditions as _simulate_result_conditions
from .simulate_result_status import SimulateResultStatus

if TYPE_CHECKING:
    from typing import Self

    from .simulate_result_conditions import SimulateResultConditions


@_attrs_define(kw_only=True)
class SimulateResultRules(OktaModel):
    """An Okta `SimulateResultRules`.

    Attributes:
        conditions: List of all conditions involved for this rule evaluation
        id: The unique ID number of the policy rule
        name: The name of the policy rule
        status: The result of this entity evaluation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "id": "id",
        "name": "name",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "list:model",
        "id": "str",
        "name": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": lambda d: _convert.parse_model_list(
            _simulate_result_conditions.SimulateResultConditions.from_json, d.get("conditions", UNSET)
        ),
        "id": "id",
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SimulateResultRules._json_names),
    }

    conditions: list[SimulateResultConditions] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: SimulateResultStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model_list(self.conditions, omit_read_only)
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.conditions = _convert.parse_model_list(
            _simulate_result_conditions.SimulateResultConditions.from_dict, d.pop("conditions", UNSET)
        )
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.status = (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
