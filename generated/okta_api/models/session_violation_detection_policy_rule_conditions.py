from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import policy_network_condition as _policy_network_condition
from . import session_violation_detection_risk_score_condition as _session_violation_detection_risk_score_condition

if TYPE_CHECKING:
    from typing import Self

    from .policy_network_condition import PolicyNetworkCondition
    from .session_violation_detection_risk_score_condition import SessionViolationDetectionRiskScoreCondition


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if lazy
            else _policy_network_condition.PolicyNetworkCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)


def _parse_risk_score(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition.from_json(v)
            if lazy
            else _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _session_violation_detection_risk_score_condition.SessionViolationDetectionRiskScoreCondition, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "network": ("network", _parse_network),
        "risk_score": ("riskScore", _parse_risk_score),
    }

    network: PolicyNetworkCondition | None = _attrs_field(init=False)
    risk_score: SessionViolationDetectionRiskScoreCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        network: PolicyNetworkCondition | None | Unset = UNSET,
        risk_score: SessionViolationDetectionRiskScoreCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if network is not UNSET:
            _set_field(self, "network", network)
        if risk_score is not UNSET:
            _set_field(self, "risk_score", risk_score)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk_score", UNSET)) is not UNSET:
            d["riskScore"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("riskScore", UNSET)) is not UNSET:
            obj.risk_score = _parse_risk_score(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
