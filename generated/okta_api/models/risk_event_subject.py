from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .risk_event_subject_risk_level import RiskEventSubjectRiskLevel

if TYPE_CHECKING:
    from typing import Self


_parse_risk_level = _convert.enum_parser(RiskEventSubjectRiskLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "ip": ("ip", None),
        "risk_level": ("riskLevel", _parse_risk_level),
        "message": ("message", None),
    }

    ip: str | None = _attrs_field(init=False)
    risk_level: RiskEventSubjectRiskLevel | None = _attrs_field(init=False)
    message: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        ip: str | None | Unset,
        risk_level: RiskEventSubjectRiskLevel | None | Unset,
        message: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if ip is not UNSET:
            _set_field(self, "ip", ip)
        if risk_level is not UNSET:
            _set_field(self, "risk_level", risk_level)
        if message is not UNSET:
            _set_field(self, "message", message)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("ip", UNSET)) is not UNSET:
            d["ip"] = v
        if (v := values.get("risk_level", UNSET)) is not UNSET:
            d["riskLevel"] = v
        if (v := values.get("message", UNSET)) is not UNSET:
            d["message"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("ip", UNSET)) is not UNSET:
            obj.ip = v
        if (v := d.pop("riskLevel", UNSET)) is not UNSET:
            obj.risk_level = _parse_risk_level(v, False)
        if (v := d.pop("message", UNSET)) is not UNSET:
            obj.message = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
