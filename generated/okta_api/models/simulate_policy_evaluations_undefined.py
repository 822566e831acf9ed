from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import simulate_result_policies_items as _simulate_result_policies_items

if TYPE_CHECKING:
    from typing import Self

    from .simulate_result_policies_items import SimulateResultPoliciesItems


@_attrs_define(kw_only=True)
class SimulatePolicyEvaluationsUndefined(OktaModel):
    """A list of undefined but not matched policies and rules

    Attributes:
        policies: list[SimulateResultPoliciesItems]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "policies": "policies",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "policies": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "policies": lambda d: _convert.parse_model_list(
            _simulate_result_policies_items.SimulateResultPoliciesItems.from_json, d.get("policies", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SimulatePolicyEvaluationsUndefined._json_names),
    }

    policies: list[SimulateResultPoliciesItems] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.policies is not UNSET:
            d["policies"] = _convert.dump_model_list(self.policies, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.policies = _convert.parse_model_list(
            _simulate_result_policies_items.SimulateResultPoliciesItems.from_dict, d.pop("policies", UNSET)
        )
        obj.additional_properties = d
        return obj
