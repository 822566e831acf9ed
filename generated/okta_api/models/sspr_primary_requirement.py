from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_method_constraint as _authenticator_method_constraint
from .sspr_primary_requirement_methods_item import SsprPrimaryRequirementMethodsItem

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_method_constraint import AuthenticatorMethodConstraint


@_attrs_define(kw_only=True)
class SsprPrimaryRequirement(OktaModel):
    """Defines the authenticators permitted for the initial authentication step of password recovery

    Attributes:
        method_constraints (`methodConstraints`): Constraints on the values specified in the `methods` array. Specifying a constraint limits
            methods to specific authenticator(s). Currently, Google OTP is the only accepted
            constraint.
        methods: Authenticator methods allowed for the initial authentication step of password recovery.
            Method `otp` requires a constraint limiting it to a Google authenticator.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "methodConstraints": "method_constraints",
        "methods": "methods",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "method_constraints": "list:model",
        "methods": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "method_constraints": lambda d: _convert.parse_model_list(
            _authenticator_method_constraint.AuthenticatorMethodConstraint.from_json, d.get("methodConstraints", UNSET)
        ),
        "methods": lambda d: _convert.parse_enum_list(SsprPrimaryRequirementMethodsItem, d.get("methods", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, SsprPrimaryRequirement._json_names),
    }

    method_constraints: list[AuthenticatorMethodConstraint] | None | Unset = UNSET
    methods: list[SsprPrimaryRequirementMethodsItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.method_constraints is not UNSET:
            d["methodConstraints"] = _convert.dump_model_list(self.method_constraints, omit_read_only)
        if self.methods is not UNSET:
            d["methods"] = self.methods
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.method_constraints = _convert.parse_model_list(
            _authenticator_method_constraint.AuthenticatorMethodConstraint.from_dict, d.pop("methodConstraints", UNSET)
        )
        obj.methods = _convert.parse_enum_list(SsprPrimaryRequirementMethodsItem, d.pop("methods", UNSET))
        obj.additional_properties = d
        return obj
