from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import access_policy_constraints as _access_policy_constraints
from .assurance_method_factor_mode import AssuranceMethodFactorMode
from .policy_rule_verification_method_type import PolicyRuleVerificationMethodType
from .verification_method import VerificationMethod

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_constraints import AccessPolicyConstraints


_parse_type_ = _convert.enum_parser(PolicyRuleVerificationMethodType)


def _parse_constraints(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _access_policy_constraints.AccessPolicyConstraints.from_json
        if lazy
        else _access_policy_constraints.AccessPolicyConstraints.from_dict,
        v,
    )


_parse_factor_mode = _convert.enum_parser(AssuranceMethodFactorMode)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AssuranceMethod(VerificationMethod):
    """An Okta `AssuranceMethod`.

    Attributes:
        type_ (`type`): Verification method type
        constraints: Specifies constraints for the authenticator. Constraints are logically evaluated such that
            only one constraint object needs to be satisfied. But, within a constraint object, each
            constraint property must be satisfied.
        factor_mode (`factorMode`): AssuranceMethodFactorMode
        inactivity_period (`inactivityPeriod`): The inactivity duration after which the user must re-authenticate. Use the ISO 8601 period
            format (for example, PT2H).
        reauthenticate_in (`reauthenticateIn`): The duration after which the user must re-authenticate, regardless of user activity. Keep
            in mind that the re-authentication intervals for constraints take precedent over this
            value. Use the ISO 8601 period format for recurring time intervals (for example, PT2H,
            PT0S, PT43800H, and so on).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "constraints": "constraints",
        "factorMode": "factor_mode",
        "inactivityPeriod": "inactivity_period",
        "reauthenticateIn": "reauthenticate_in",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "constraints": "list:model",
        "factor_mode": "enum",
        "inactivity_period": "str",
        "reauthenticate_in": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", _parse_type_),
        "constraints": ("constraints", _parse_constraints),
        "factor_mode": ("factorMode", _parse_factor_mode),
        "inactivity_period": ("inactivityPeriod", None),
        "reauthenticate_in": ("reauthenticateIn", None),
    }

    type_: PolicyRuleVerificationMethodType | None = _attrs_field(init=False)
    constraints: list[AccessPolicyConstraints] | None = _attrs_field(init=False)
    factor_mode: AssuranceMethodFactorMode | None = _attrs_field(init=False)
    inactivity_period: str | None = _attrs_field(init=False)
    reauthenticate_in: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: PolicyRuleVerificationMethodType | None | Unset = PolicyRuleVerificationMethodType("ASSURANCE"),
        constraints: list[AccessPolicyConstraints] | None | Unset = UNSET,
        factor_mode: AssuranceMethodFactorMode | None | Unset = UNSET,
        inactivity_period: str | None | Unset = UNSET,
        reauthenticate_in: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if constraints is not UNSET:
            _set_field(self, "constraints", constraints)
        if factor_mode is not UNSET:
            _set_field(self, "factor_mode", factor_mode)
        if inactivity_period is not UNSET:
            _set_field(self, "inactivity_period", inactivity_period)
        if reauthenticate_in is not UNSET:
            _set_field(self, "reauthenticate_in", reauthenticate_in)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("constraints", UNSET)) is not UNSET:
            d["constraints"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("factor_mode", UNSET)) is not UNSET:
            d["factorMode"] = v
        if (v := values.get("inactivity_period", UNSET)) is not UNSET:
            d["inactivityPeriod"] = v
        if (v := values.get("reauthenticate_in", UNSET)) is not UNSET:
            d["reauthenticateIn"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("constraints", UNSET)) is not UNSET:
            obj.constraints = _parse_constraints(v, False)
        if (v := d.pop("factorMode", UNSET)) is not UNSET:
            obj.factor_mode = _parse_factor_mode(v, False)
        if (v := d.pop("inactivityPeriod", UNSET)) is not UNSET:
            obj.inactivity_period = v
        if (v := d.pop("reauthenticateIn", UNSET)) is not UNSET:
            obj.reauthenticate_in = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
