from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_network_condition as _policy_network_condition
from . import session_violation_detection_risk_score_condition as _session_violation_detection_risk_score_condition

if TYPE_CHECKING:
    from typing import Self

    from .policy_network_condition import PolicyNetworkCondition
    from .session_violation_detection_risk_score_condition import SessionViolationDetectionRiskScoreCondition


@_attrs_define(kw_only=True)
class SessionViolationDetectionPolicyRuleConditions(OktaModel):
    """Specifies policy evaluation conditions required to apply the rule. All policy conditions and
    conditions for at least one rule must be met to apply the settings specified in the policy and the
    associated rule.

    Attributes:
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        risk_score (`riskScore`): <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Specifies the minimum risk score level
            required to trigger the rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "network": "network",
        "riskScore": "risk_score",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "network": "model",
        "risk_score": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "network": lambda d: (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        ),
        "risk_score": lambda d: (
            _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition.from_json(v)
            if (v := d.get("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SessionViolationDetectionPolicyRuleConditions._json_names
        ),
    }

    network: PolicyNetworkCondition | None | Unset = UNSET
    risk_score: SessionViolationDetectionRiskScoreCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.risk_score is not UNSET:
            d["riskScore"] = _convert.dump_model(self.risk_score, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.network = (
            _policy_network_condition.PolicyNetworkCondition.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        )
        obj.risk_score = (
            _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition.from_dict(v)
            if (v := d.pop("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition, v
            )
        )
        obj.additional_properties = d
        return obj
