from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import simulate_policy_evaluations_evaluated as _simulate_policy_evaluations_evaluated
from . import simulate_policy_evaluations_undefined as _simulate_policy_evaluations_undefined
from . import simulate_policy_result as _simulate_policy_result
from .policy_type_simulation import PolicyTypeSimulation
from .simulate_result_status import SimulateResultStatus

if TYPE_CHECKING:
    from typing import Self

    from .simulate_policy_evaluations_evaluated import SimulatePolicyEvaluationsEvaluated
    from .simulate_policy_evaluations_undefined import SimulatePolicyEvaluationsUndefined
    from .simulate_policy_result import SimulatePolicyResult


@_attrs_define(kw_only=True)
class SimulatePolicyEvaluations(OktaModel):
    """An Okta `SimulatePolicyEvaluations`.

    Attributes:
        evaluated: A list of evaluated but not matched policies and rules
        policy_type (`policyType`): The policy type of the simulate operation
        result: The result of the policy evaluation
        status: The result of this entity evaluation
        undefined: A list of undefined but not matched policies and rules
    """

    _json_names: ClassVar[dict[str, str]] = {
        "evaluated": "evaluated",
        "policyType": "policy_type",
        "result": "result",
        "status": "status",
        "undefined": "undefined",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "evaluated": "model",
        "policy_type": "list:enum",
        "result": "model",
        "status": "enum",
        "undefined": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "evaluated": lambda d: (
            _simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated.from_json(v)
            if (v := d.get("evaluated", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated, v)
        ),
        "policy_type": lambda d: _convert.parse_enum_list(PolicyTypeSimulation, d.get("policyType", UNSET)),
        "result": lambda d: (
            _simulate_policy_result.SimulatePolicyResult.from_json(v)
            if (v := d.get("result", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_result.SimulatePolicyResult, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "undefined": lambda d: (
            _simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined.from_json(v)
            if (v := d.get("undefined", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SimulatePolicyEvaluations._json_names),
    }

    evaluated: SimulatePolicyEvaluationsEvaluated | None | Unset = UNSET
    policy_type: list[PolicyTypeSimulation] | None | Unset = UNSET
    result: SimulatePolicyResult | None | Unset = UNSET
    status: SimulateResultStatus | None | Unset = UNSET
    undefined: SimulatePolicyEvaluationsUndefined | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.evaluated is not UNSET:
            d["evaluated"] = _convert.dump_model(self.evaluated, omit_read_only)
        if self.policy_type is not UNSET:
            d["policyType"] = self.policy_type
        if self.result is not UNSET:
            d["result"] = _convert.dump_model(self.result, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.undefined is not UNSET:
            d["undefined"] = _convert.dump_model(self.undefined, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.evaluated = (
            _simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated.from_dict(v)
            if (v := d.pop("evaluated", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated, v)
        )
        obj.policy_type = _convert.parse_enum_list(PolicyTypeSimulation, d.pop("policyType", UNSET))
        obj.result = (
            _simulate_policy_result.SimulatePolicyResult.from_dict(v)
            if (v := d.pop("result", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_result.SimulatePolicyResult, v)
        )
        obj.status = (
            _convert.parse_enum(SimulateResultStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.undefined = (
            _simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined.from_dict(v)
            if (v := d.pop("undefined", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined, v)
        )
        obj.additional_properties = d
        return obj
