from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .policy_context_risk_level import PolicyContextRiskLevel
from .policy_context_risk_min_risk_level import PolicyContextRiskMinRiskLevel

if TYPE_CHECKING:
    from typing import Self


_parse_level = _convert.enum_parser(PolicyContextRiskLevel)

_parse_min_risk_level = _convert.enum_parser(PolicyContextRiskMinRiskLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "level": ("level", _parse_level),
        "min_risk_level": ("minRiskLevel", _parse_min_risk_level),
    }

    level: PolicyContextRiskLevel | None = _attrs_field(init=False)
    min_risk_level: PolicyContextRiskMinRiskLevel | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        level: PolicyContextRiskLevel | None | Unset = UNSET,
        min_risk_level: PolicyContextRiskMinRiskLevel | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if level is not UNSET:
            _set_field(self, "level", level)
        if min_risk_level is not UNSET:
            _set_field(self, "min_risk_level", min_risk_level)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("level", UNSET)) is not UNSET:
            d["level"] = v
        if (v := values.get("min_risk_level", UNSET)) is not UNSET:
            d["minRiskLevel"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("level", UNSET)) is not UNSET:
            obj.level = _parse_level(v, False)
        if (v := d.pop("minRiskLevel", UNSET)) is not UNSET:
            obj.min_risk_level = _parse_min_risk_level(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
