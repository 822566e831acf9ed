from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .log_risk_level import LogRiskLevel
from .log_risk_previous_level import LogRiskPreviousLevel

if TYPE_CHECKING:
    from typing import Self


_parse_level = _convert.enum_parser(LogRiskLevel)

_parse_previous_level = _convert.enum_parser(LogRiskPreviousLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "detection_name": ("detectionName", None),
        "issuer": ("issuer", None),
        "level": ("level", _parse_level),
        "previous_level": ("previousLevel", _parse_previous_level),
        "reasons": ("reasons", None),
    }

    detection_name: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    level: LogRiskLevel | None = _attrs_field(init=False)
    previous_level: LogRiskPreviousLevel | None = _attrs_field(init=False)
    reasons: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        detection_name: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        level: LogRiskLevel | None | Unset = UNSET,
        previous_level: LogRiskPreviousLevel | None | Unset = UNSET,
        reasons: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if detection_name is not UNSET:
            _set_field(self, "detection_name", detection_name)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if level is not UNSET:
            _set_field(self, "level", level)
        if previous_level is not UNSET:
            _set_field(self, "previous_level", previous_level)
        if reasons is not UNSET:
            _set_field(self, "reasons", reasons)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("detection_name", UNSET)) is not UNSET and not omit_read_only:
            d["detectionName"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET and not omit_read_only:
            d["issuer"] = v
        if (v := values.get("level", UNSET)) is not UNSET and not omit_read_only:
            d["level"] = v
        if (v := values.get("previous_level", UNSET)) is not UNSET and not omit_read_only:
            d["previousLevel"] = v
        if (v := values.get("reasons", UNSET)) is not UNSET and not omit_read_only:
            d["reasons"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("detectionName", UNSET)) is not UNSET:
            obj.detection_name = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("level", UNSET)) is not UNSET:
            obj.level = _parse_level(v, False)
        if (v := d.pop("previousLevel", UNSET)) is not UNSET:
            obj.previous_level = _parse_previous_level(v, False)
        if (v := d.pop("reasons", UNSET)) is not UNSET:
            obj.reasons = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
