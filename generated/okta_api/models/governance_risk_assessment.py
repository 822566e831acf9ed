from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_risk_rule as _governance_risk_rule
from .governance_request_submission_type import GovernanceRequestSubmissionType

if TYPE_CHECKING:
    from typing import Self

    from .governance_risk_rule import GovernanceRiskRule


_parse_request_submission_type = _convert.enum_parser(GovernanceRequestSubmissionType)


def _parse_risk_rules(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _governance_risk_rule.GovernanceRiskRule.from_json
        if lazy
        else _governance_risk_rule.GovernanceRiskRule.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "request_submission_type": ("requestSubmissionType", _parse_request_submission_type),
        "risk_rules": ("riskRules", _parse_risk_rules),
    }

    request_submission_type: GovernanceRequestSubmissionType | None = _attrs_field(init=False)
    risk_rules: list[GovernanceRiskRule] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        request_submission_type: GovernanceRequestSubmissionType | None | Unset,
        risk_rules: list[GovernanceRiskRule] | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if request_submission_type is not UNSET:
            _set_field(self, "request_submission_type", request_submission_type)
        if risk_rules is not UNSET:
            _set_field(self, "risk_rules", risk_rules)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("request_submission_type", UNSET)) is not UNSET:
            d["requestSubmissionType"] = v
        if (v := values.get("risk_rules", UNSET)) is not UNSET:
            d["riskRules"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("requestSubmissionType", UNSET)) is not UNSET:
            obj.request_submission_type = _parse_request_submission_type(v, False)
        if (v := d.pop("riskRules", UNSET)) is not UNSET:
            obj.risk_rules = _parse_risk_rules(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
