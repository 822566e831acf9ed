from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import access_policy_constraints as _access_policy_constraints

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_constraints import AccessPolicyConstraints


@_attrs_define(kw_only=True)
class VerificationMethod(OktaModel):
    """An Okta `VerificationMethod`.

    Attributes:
        constraints: list[AccessPolicyConstraints]
        factor_mode (`factorMode`): str
        inactivity_period (`inactivityPeriod`): str
        reauthenticate_in (`reauthenticateIn`): str
        type_ (`type`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "constraints": "constraints",
        "factorMode": "factor_mode",
        "inactivityPeriod": "inactivity_period",
        "reauthenticateIn": "reauthenticate_in",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "constraints": "list:model",
        "factor_mode": "str",
        "inactivity_period": "str",
        "reauthenticate_in": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "constraints": lambda d: _convert.parse_model_list(
            _access_policy_constraints.AccessPolicyConstraints.from_json, d.get("constraints", UNSET)
        ),
        "factor_mode": "factorMode",
        "inactivity_period": "inactivityPeriod",
        "reauthenticate_in": "reauthenticateIn",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, VerificationMethod._json_names),
    }

    constraints: list[AccessPolicyConstraints] | None | Unset = UNSET
    factor_mode: str | None | Unset = UNSET
    inactivity_period: str | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.constraints is not UNSET:
            d["constraints"] = _convert.dump_model_list(self.constraints, omit_read_only)
        if self.factor_mode is not UNSET:
            d["factorMode"] = self.factor_mode
        if self.inactivity_period is not UNSET:
            d["inactivityPeriod"] = self.inactivity_period
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.constraints = _convert.parse_model_list(
            _access_policy_constraints.AccessPolicyConstraints.from_dict, d.pop("constraints", UNSET)
        )
        obj.factor_mode = d.pop("factorMode", UNSET)
        obj.inactivity_period = d.pop("inactivityPeriod", UNSET)
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
