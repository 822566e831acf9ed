from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_risk_rule as _governance_risk_rule
from .governance_request_submission_type import GovernanceRequestSubmissionType

if TYPE_CHECKING:
    from typing import Self

    from .governance_risk_rule import GovernanceRiskRule


@_attrs_define(kw_only=True)
class GovernanceRiskAssessment(OktaModel):
    """Separation-of-duties assessment of a request: whether submitting is allowed or restricted, and the
    rules behind possible conflicts.

    Attributes:
        request_submission_type (`requestSubmissionType`): Whether the risk settings allow submitting the request.
        risk_rules (`riskRules`): The rules that lead to possible conflicts.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "requestSubmissionType": "request_submission_type",
        "riskRules": "risk_rules",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request_submission_type": "enum",
        "risk_rules": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request_submission_type": lambda d: (
            _convert.parse_enum(GovernanceRequestSubmissionType, v)
            if (v := d.get("requestSubmissionType", UNSET)).__class__ is str
            else v
        ),
        "risk_rules": lambda d: _convert.parse_model_list(
            _governance_risk_rule.GovernanceRiskRule.from_json, d.get("riskRules", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceRiskAssessment._json_names),
    }

    request_submission_type: GovernanceRequestSubmissionType | None | Unset
    risk_rules: list[GovernanceRiskRule] | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.request_submission_type is not UNSET:
            d["requestSubmissionType"] = self.request_submission_type
        if self.risk_rules is not UNSET:
            d["riskRules"] = _convert.dump_model_list(self.risk_rules, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.request_submission_type = (
            _convert.parse_enum(GovernanceRequestSubmissionType, v)
            if (v := d.pop("requestSubmissionType", UNSET)).__class__ is str
            else v
        )
        obj.risk_rules = _convert.parse_model_list(
            _governance_risk_rule.GovernanceRiskRule.from_dict, d.pop("riskRules", UNSET)
        )
        obj.additional_properties = d
        return obj
