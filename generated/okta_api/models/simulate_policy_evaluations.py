from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_evaluated(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated.from_json(v)
            if lazy
            else _simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated.from_dict(v)
        )
    return _convert.parse_model(_simulate_policy_evaluations_evaluated.SimulatePolicyEvaluationsEvaluated, v)


def _parse_policy_type(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(PolicyTypeSimulation, v)


def _parse_result(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _simulate_policy_result.SimulatePolicyResult.from_json(v)
            if lazy
            else _simulate_policy_result.SimulatePolicyResult.from_dict(v)
        )
    return _convert.parse_model(_simulate_policy_result.SimulatePolicyResult, v)


_parse_status = _convert.enum_parser(SimulateResultStatus)


def _parse_undefined(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined.from_json(v)
            if lazy
            else _simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined.from_dict(v)
        )
    return _convert.parse_model(_simulate_policy_evaluations_undefined.SimulatePolicyEvaluationsUndefined, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "evaluated": ("evaluated", _parse_evaluated),
        "policy_type": ("policyType", _parse_policy_type),
        "result": ("result", _parse_result),
        "status": ("status", _parse_status),
        "undefined": ("undefined", _parse_undefined),
    }

    evaluated: SimulatePolicyEvaluationsEvaluated | None = _attrs_field(init=False)
    policy_type: list[PolicyTypeSimulation] | None = _attrs_field(init=False)
    result: SimulatePolicyResult | None = _attrs_field(init=False)
    status: SimulateResultStatus | None = _attrs_field(init=False)
    undefined: SimulatePolicyEvaluationsUndefined | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        evaluated: SimulatePolicyEvaluationsEvaluated | None | Unset = UNSET,
        policy_type: list[PolicyTypeSimulation] | None | Unset = UNSET,
        result: SimulatePolicyResult | None | Unset = UNSET,
        status: SimulateResultStatus | None | Unset = UNSET,
        undefined: SimulatePolicyEvaluationsUndefined | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if evaluated is not UNSET:
            _set_field(self, "evaluated", evaluated)
        if policy_type is not UNSET:
            _set_field(self, "policy_type", policy_type)
        if result is not UNSET:
            _set_field(self, "result", result)
        if status is not UNSET:
            _set_field(self, "status", status)
        if undefined is not UNSET:
            _set_field(self, "undefined", undefined)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("evaluated", UNSET)) is not UNSET:
            d["evaluated"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("policy_type", UNSET)) is not UNSET:
            d["policyType"] = v
        if (v := values.get("result", UNSET)) is not UNSET:
            d["result"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("undefined", UNSET)) is not UNSET:
            d["undefined"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("evaluated", UNSET)) is not UNSET:
            obj.evaluated = _parse_evaluated(v, False)
        if (v := d.pop("policyType", UNSET)) is not UNSET:
            obj.policy_type = _parse_policy_type(v, False)
        if (v := d.pop("result", UNSET)) is not UNSET:
            obj.result = _parse_result(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("undefined", UNSET)) is not UNSET:
            obj.undefined = _parse_undefined(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
