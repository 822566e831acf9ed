from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_context as _policy_context
from .policy_type_simulation import PolicyTypeSimulation

if TYPE_CHECKING:
    from typing import Self

    from .policy_context import PolicyContext


@_attrs_define(kw_only=True)
class SimulatePolicyBody(OktaModel):
    """The request body required for a simulate policy operation

    Attributes:
        app_instance (`appInstance`): The application instance ID for a simulate operation
        policy_context (`policyContext`): PolicyContext
        policy_types (`policyTypes`): Supported policy types for a simulate operation. The default value, `null`, returns all
            types.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appInstance": "app_instance",
        "policyContext": "policy_context",
        "policyTypes": "policy_types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_instance": "str",
        "policy_context": "model",
        "policy_types": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_instance": "appInstance",
        "policy_context": lambda d: (
            _policy_context.PolicyContext.from_json(v)
            if (v := d.get("policyContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context.PolicyContext, v)
        ),
        "policy_types": lambda d: _convert.parse_enum_list(PolicyTypeSimulation, d.get("policyTypes", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, SimulatePolicyBody._json_names),
    }

    app_instance: str | None | Unset
    policy_context: PolicyContext | None | Unset = UNSET
    policy_types: list[PolicyTypeSimulation] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_instance is not UNSET:
            d["appInstance"] = self.app_instance
        if self.policy_context is not UNSET:
            d["policyContext"] = _convert.dump_model(self.policy_context, omit_read_only)
        if self.policy_types is not UNSET:
            d["policyTypes"] = self.policy_types
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_instance = d.pop("appInstance", UNSET)
        obj.policy_context = (
            _policy_context.PolicyContext.from_dict(v)
            if (v := d.pop("policyContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context.PolicyContext, v)
        )
        obj.policy_types = _convert.parse_enum_list(PolicyTypeSimulation, d.pop("policyTypes", UNSET))
        obj.additional_properties = d
        return obj
