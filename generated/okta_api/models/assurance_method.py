from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import access_policy_constraints as _access_policy_constraints
from .assurance_method_factor_mode import AssuranceMethodFactorMode
from .policy_rule_verification_method_type import PolicyRuleVerificationMethodType
from .verification_method import VerificationMethod

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_constraints import AccessPolicyConstraints


@_attrs_define(kw_only=True)
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
        "type_": lambda d: (
            _convert.parse_enum(PolicyRuleVerificationMethodType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "constraints": lambda d: _convert.parse_model_list(
            _access_policy_constraints.AccessPolicyConstraints.from_json, d.get("constraints", UNSET)
        ),
        "factor_mode": lambda d: (
            _convert.parse_enum(AssuranceMethodFactorMode, v)
            if (v := d.get("factorMode", UNSET)).__class__ is str
            else v
        ),
        "inactivity_period": "inactivityPeriod",
        "reauthenticate_in": "reauthenticateIn",
        "additional_properties": lambda d: _convert.undeclared(d, AssuranceMethod._json_names),
    }

    type_: PolicyRuleVerificationMethodType | None | Unset = PolicyRuleVerificationMethodType("ASSURANCE")
    constraints: list[AccessPolicyConstraints] | None | Unset = UNSET
    factor_mode: AssuranceMethodFactorMode | None | Unset = UNSET
    inactivity_period: str | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.constraints is not UNSET:
            d["constraints"] = _convert.dump_model_list(self.constraints, omit_read_only)
        if self.factor_mode is not UNSET:
            d["factorMode"] = self.factor_mode
        if self.inactivity_period is not UNSET:
            d["inactivityPeriod"] = self.inactivity_period
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(PolicyRuleVerificationMethodType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.constraints = _convert.parse_model_list(
            _access_policy_constraints.AccessPolicyConstraints.from_dict, d.pop("constraints", UNSET)
        )
        obj.factor_mode = (
            _convert.parse_enum(AssuranceMethodFactorMode, v)
            if (v := d.pop("factorMode", UNSET)).__class__ is str
            else v
        )
        obj.inactivity_period = d.pop("inactivityPeriod", UNSET)
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.additional_properties = d
        return obj
