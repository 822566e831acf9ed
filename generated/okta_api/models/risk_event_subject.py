from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .risk_event_subject_risk_level import RiskEventSubjectRiskLevel

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RiskEventSubject(OktaModel):
    """An Okta `RiskEventSubject`.

    Attributes:
        ip: The risk event subject IP address (either an IPv4 or IPv6 address)
        risk_level (`riskLevel`): The risk level associated with the IP
        message: Additional reasons for the risk level of the IP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "ip": "ip",
        "riskLevel": "risk_level",
        "message": "message",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "ip": "str",
        "risk_level": "enum",
        "message": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "ip": "ip",
        "risk_level": lambda d: (
            _convert.parse_enum(RiskEventSubjectRiskLevel, v)
            if (v := d.get("riskLevel", UNSET)).__class__ is str
            else v
        ),
        "message": "message",
        "additional_properties": lambda d: _convert.undeclared(d, RiskEventSubject._json_names),
    }

    ip: str | None | Unset
    risk_level: RiskEventSubjectRiskLevel | None | Unset
    message: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.ip is not UNSET:
            d["ip"] = self.ip
        if self.risk_level is not UNSET:
            d["riskLevel"] = self.risk_level
        if self.message is not UNSET:
            d["message"] = self.message
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.ip = d.pop("ip", UNSET)
        obj.risk_level = (
            _convert.parse_enum(RiskEventSubjectRiskLevel, v)
            if (v := d.pop("riskLevel", UNSET)).__class__ is str
            else v
        )
        obj.message = d.pop("message", UNSET)
        obj.additional_properties = d
        return obj
