from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    session_violation_detection_policy_rule_actions_session_violation_detection as _session_violation_detection_policy_rule_actions_session_violation_detection,
)

if TYPE_CHECKING:
    from typing import Self

    from .session_violation_detection_policy_rule_actions_session_violation_detection import (
        SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
    )


@_attrs_define(kw_only=True)
class SessionViolationDetectionPolicyRuleActions(OktaModel):
    """The action to take when the rule conditions are satisfied

    Attributes:
        session_violation_detection (`sessionViolationDetection`): Used to define the actions taken as a result of evaluating session violation detection
            policy
    """

    _json_names: ClassVar[dict[str, str]] = {
        "sessionViolationDetection": "session_violation_detection",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "session_violation_detection": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "session_violation_detection": lambda d: (
            _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection.from_json(
                v
            )
            if (v := d.get("sessionViolationDetection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SessionViolationDetectionPolicyRuleActions._json_names
        ),
    }

    session_violation_detection: SessionViolationDetectionPolicyRuleActionsSessionViolationDetection | None | Unset = (
        UNSET
    )

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.session_violation_detection is not UNSET:
            d["sessionViolationDetection"] = _convert.dump_model(self.session_violation_detection, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.session_violation_detection = (
            _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection.from_dict(
                v
            )
            if (v := d.pop("sessionViolationDetection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
                v,
            )
        )
        obj.additional_properties = d
        return obj
