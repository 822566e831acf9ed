from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authenticator_method_constraint as _authenticator_method_constraint
from .sspr_primary_requirement_methods_item import SsprPrimaryRequirementMethodsItem

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_method_constraint import AuthenticatorMethodConstraint


def _parse_method_constraints(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authenticator_method_constraint.AuthenticatorMethodConstraint.from_json
        if lazy
        else _authenticator_method_constraint.AuthenticatorMethodConstraint.from_dict,
        v,
    )


def _parse_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SsprPrimaryRequirementMethodsItem, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "method_constraints": ("methodConstraints", _parse_method_constraints),
        "methods": ("methods", _parse_methods),
    }

    method_constraints: list[AuthenticatorMethodConstraint] | None = _attrs_field(init=False)
    methods: list[SsprPrimaryRequirementMethodsItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        method_constraints: list[AuthenticatorMethodConstraint] | None | Unset = UNSET,
        methods: list[SsprPrimaryRequirementMethodsItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if method_constraints is not UNSET:
            _set_field(self, "method_constraints", method_constraints)
        if methods is not UNSET:
            _set_field(self, "methods", methods)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("method_constraints", UNSET)) is not UNSET:
            d["methodConstraints"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("methods", UNSET)) is not UNSET:
            d["methods"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("methodConstraints", UNSET)) is not UNSET:
            obj.method_constraints = _parse_method_constraints(v, False)
        if (v := d.pop("methods", UNSET)) is not UNSET:
            obj.methods = _parse_methods(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
