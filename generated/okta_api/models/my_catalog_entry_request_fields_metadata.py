from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_risk_assessment as _governance_risk_assessment

if TYPE_CHECKING:
    from typing import Self

    from .governance_risk_assessment import GovernanceRiskAssessment


@_attrs_define(kw_only=True)
class MyCatalogEntryRequestFieldsMetadata(OktaModel):
    """Extra information about a prospective request.

    Attributes:
        risk_assessment (`riskAssessment`): Separation-of-duties assessment of a request: whether submitting is allowed or restricted,
            and the rules behind possible conflicts.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "riskAssessment": "risk_assessment",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "risk_assessment": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "risk_assessment": lambda d: (
            _governance_risk_assessment.GovernanceRiskAssessment.from_json(v)
            if (v := d.get("riskAssessment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryRequestFieldsMetadata._json_names),
    }

    risk_assessment: GovernanceRiskAssessment | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.risk_assessment is not UNSET:
            d["riskAssessment"] = _convert.dump_model(self.risk_assessment, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.risk_assessment = (
            _governance_risk_assessment.GovernanceRiskAssessment.from_dict(v)
            if (v := d.pop("riskAssessment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)
        )
        obj.additional_properties = d
        return obj
