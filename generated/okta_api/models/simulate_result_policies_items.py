from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import simulate_result_conditions as _simulate_result_conditions
from . import simulate_result_rules as _simulate_result_rules
from .simulate_result_status import SimulateResultStatus

if TYPE_CHECKING:
    from typing import Self

    from .simulate_result_conditions import SimulateResultConditions
    from .simulate_result_rules import SimulateResultRules


@_attrs_define(kw_only=True)
class SimulateResultPoliciesItems(OktaModel):
    """An Okta `SimulateResultPoliciesItems`.

    Attributes:
        conditions: List of all conditions involved for this policy evaluation
        id: ID of the specified policy type
        name: Policy name
        rules: list[SimulateResultRules]
        status: The result of this entity evaluation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "id": "id",
        "name": "name",
        "rules": "rules",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "list:model",
        "id": "str",
        "name": "str",
        "rules": "list:model",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": lambda d: _convert.parse_model_list(
            _simulate_result_conditions.SimulateResultConditions.from_json, d.get("conditions", UNSET)
        ),
        "id": "id",
        "name": "name",
        "rules": lambda d: _convert.parse_model_list(
            _simulate_result_rules.SimulateResultRules.from_json, d.get("rules", UNSET)
        ),
        "status": lambda d: (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SimulateResultPoliciesItems._json_names),
    }

    conditions: list[SimulateResultConditions] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    rules: list[SimulateResultRules] | None | Unset = UNSET
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
        if self.rules is not UNSET:
            d["rules"] = _convert.dump_model_list(self.rules, omit_read_only)
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
        obj.rules = _convert.parse_model_list(
            _simulate_result_rules.SimulateResultRules.from_dict, d.pop("rules", UNSET)
        )
        obj.status = (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
