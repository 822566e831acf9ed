from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .policy_context_risk_level import PolicyContextRiskLevel
from .policy_context_risk_min_risk_level import PolicyContextRiskMinRiskLevel

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PolicyContextRisk(OktaModel):
    """The risk rule condition level

    Attributes:
        level: PolicyContextRiskLevel
        min_risk_level (`minRiskLevel`): PolicyContextRiskMinRiskLevel
    """

    _json_names: ClassVar[dict[str, str]] = {
        "level": "level",
        "minRiskLevel": "min_risk_level",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "level": "enum",
        "min_risk_level": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "level": lambda d: (
            _convert.parse_enum(PolicyContextRiskLevel, v) if (v := d.get("level", UNSET)).__class__ is str else v
        ),
        "min_risk_level": lambda d: (
            _convert.parse_enum(PolicyContextRiskMinRiskLevel, v)
            if (v := d.get("minRiskLevel", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyContextRisk._json_names),
    }

    level: PolicyContextRiskLevel | None | Unset = UNSET
    min_risk_level: PolicyContextRiskMinRiskLevel | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.level is not UNSET:
            d["level"] = self.level
        if self.min_risk_level is not UNSET:
            d["minRiskLevel"] = self.min_risk_level
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.level = (
            _convert.parse_enum(PolicyContextRiskLevel, v) if (v := d.pop("level", UNSET)).__class__ is str else v
        )
        obj.min_risk_level = (
            _convert.parse_enum(PolicyContextRiskMinRiskLevel, v)
            if (v := d.pop("minRiskLevel", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
