from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_risk_assessment as _governance_risk_assessment

if TYPE_CHECKING:
    from typing import Self

    from .governance_risk_assessment import GovernanceRiskAssessment


def _parse_risk_assessment(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_risk_assessment.GovernanceRiskAssessment.from_json(v)
            if lazy
            else _governance_risk_assessment.GovernanceRiskAssessment.from_dict(v)
        )
    return _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "risk_assessment": ("riskAssessment", _parse_risk_assessment),
    }

    risk_assessment: GovernanceRiskAssessment | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        risk_assessment: GovernanceRiskAssessment | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if risk_assessment is not UNSET:
            _set_field(self, "risk_assessment", risk_assessment)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("risk_assessment", UNSET)) is not UNSET:
            d["riskAssessment"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("riskAssessment", UNSET)) is not UNSET:
            obj.risk_assessment = _parse_risk_assessment(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
