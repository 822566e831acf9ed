from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    session_violation_detection_policy_rule_actions_session_violation_detection as _session_violation_detection_policy_rule_actions_session_violation_detection,
)

if TYPE_CHECKING:
    from typing import Self

    from .session_violation_detection_policy_rule_actions_session_violation_detection import (
        SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
    )


def _parse_session_violation_detection(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection.from_json(
                v
            )
            if lazy
            else _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _session_violation_detection_policy_rule_actions_session_violation_detection.SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "session_violation_detection": ("sessionViolationDetection", _parse_session_violation_detection),
    }

    session_violation_detection: SessionViolationDetectionPolicyRuleActionsSessionViolationDetection | None = (
        _attrs_field(init=False)
    )

    def __init__(
        self,
        *,
        session_violation_detection: SessionViolationDetectionPolicyRuleActionsSessionViolationDetection
        | None
        | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if session_violation_detection is not UNSET:
            _set_field(self, "session_violation_detection", session_violation_detection)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("session_violation_detection", UNSET)) is not UNSET:
            d["sessionViolationDetection"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("sessionViolationDetection", UNSET)) is not UNSET:
            obj.session_violation_detection = _parse_session_violation_detection(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
