from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import session_violation_detection_policy_evaluation as _session_violation_detection_policy_evaluation

if TYPE_CHECKING:
    from typing import Self

    from .session_violation_detection_policy_evaluation import SessionViolationDetectionPolicyEvaluation


@_attrs_define(kw_only=True)
class SessionViolationDetectionPolicyRuleActionsSessionViolationDetection(OktaModel):
    """Used to define the actions taken as a result of evaluating session violation detection policy

    Attributes:
        policy_evaluation (`policyEvaluation`): <x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Used
            to control evaluation of the session sign-on policies
    """

    _json_names: ClassVar[dict[str, str]] = {
        "policyEvaluation": "policy_evaluation",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "policy_evaluation": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "policy_evaluation": lambda d: (
            _session_violation_detection_policy_evaluation.SessionViolationDetectionPolicyEvaluation.from_json(v)
            if (v := d.get("policyEvaluation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_policy_evaluation.SessionViolationDetectionPolicyEvaluation, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SessionViolationDetectionPolicyRuleActionsSessionViolationDetection._json_names
        ),
    }

    policy_evaluation: SessionViolationDetectionPolicyEvaluation | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.policy_evaluation is not UNSET:
            d["policyEvaluation"] = _convert.dump_model(self.policy_evaluation, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.policy_evaluation = (
            _session_violation_detection_policy_evaluation.SessionViolationDetectionPolicyEvaluation.from_dict(v)
            if (v := d.pop("policyEvaluation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_policy_evaluation.SessionViolationDetectionPolicyEvaluation, v
            )
        )
        obj.additional_properties = d
        return obj
