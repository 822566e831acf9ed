from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .log_risk_level import LogRiskLevel
from .log_risk_previous_level import LogRiskPreviousLevel

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogRisk(OktaModel):
    """Risk associated with the event

    Attributes:
        detection_name (`detectionName`, read-only, never sent): The name of the detection mechanism that identified the risk
        issuer (read-only, never sent): The entity that issued the associated risk
        level (read-only, never sent): The risk level associated with the request
        previous_level (`previousLevel`, read-only, never sent): The previous risk level (if any) associated with the user
        reasons (read-only, never sent): Reasons for the associated risk
    """

    _json_names: ClassVar[dict[str, str]] = {
        "detectionName": "detection_name",
        "issuer": "issuer",
        "level": "level",
        "previousLevel": "previous_level",
        "reasons": "reasons",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "detection_name": "str",
        "issuer": "str",
        "level": "enum",
        "previous_level": "enum",
        "reasons": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "detection_name": "detectionName",
        "issuer": "issuer",
        "level": lambda d: _convert.parse_enum(LogRiskLevel, v) if (v := d.get("level", UNSET)).__class__ is str else v,
        "previous_level": lambda d: (
            _convert.parse_enum(LogRiskPreviousLevel, v) if (v := d.get("previousLevel", UNSET)).__class__ is str else v
        ),
        "reasons": "reasons",
        "additional_properties": lambda d: _convert.undeclared(d, LogRisk._json_names),
    }

    detection_name: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    level: LogRiskLevel | None | Unset = UNSET
    previous_level: LogRiskPreviousLevel | None | Unset = UNSET
    reasons: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.detection_name is not UNSET and not omit_read_only:
            d["detectionName"] = self.detection_name
        if self.issuer is not UNSET and not omit_read_only:
            d["issuer"] = self.issuer
        if self.level is not UNSET and not omit_read_only:
            d["level"] = self.level
        if self.previous_level is not UNSET and not omit_read_only:
            d["previousLevel"] = self.previous_level
        if self.reasons is not UNSET and not omit_read_only:
            d["reasons"] = self.reasons
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.detection_name = d.pop("detectionName", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.level = _convert.parse_enum(LogRiskLevel, v) if (v := d.pop("level", UNSET)).__class__ is str else v
        obj.previous_level = (
            _convert.parse_enum(LogRiskPreviousLevel, v) if (v := d.pop("previousLevel", UNSET)).__class__ is str else v
        )
        obj.reasons = d.pop("reasons", UNSET)
        obj.additional_properties = d
        return obj
