from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_risk_request_risk_level import UserRiskRequestRiskLevel

if TYPE_CHECKING:
    from typing import Self


_parse_risk_level = _convert.enum_parser(UserRiskRequestRiskLevel)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserRiskRequest(OktaModel):
    """An Okta `UserRiskRequest`.

    Attributes:
        risk_level (`riskLevel`): The risk level associated with the user
        risk_reason (`riskReason`): The reason for the risk change. If not provided, the reason defaults to
            `override.by.admin`. Only alphanumeric characters, spaces, hyphens, commas, and periods
            are allowed.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "riskLevel": "risk_level",
        "riskReason": "risk_reason",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "risk_level": "enum",
        "risk_reason": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "risk_level": ("riskLevel", _parse_risk_level),
        "risk_reason": ("riskReason", None),
    }

    risk_level: UserRiskRequestRiskLevel | None = _attrs_field(init=False)
    risk_reason: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        risk_level: UserRiskRequestRiskLevel | None | Unset,
        risk_reason: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if risk_level is not UNSET:
            _set_field(self, "risk_level", risk_level)
        if risk_reason is not UNSET:
            _set_field(self, "risk_reason", risk_reason)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("risk_level", UNSET)) is not UNSET:
            d["riskLevel"] = v
        if (v := values.get("risk_reason", UNSET)) is not UNSET:
            d["riskReason"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("riskLevel", UNSET)) is not UNSET:
            obj.risk_level = _parse_risk_level(v, False)
        if (v := d.pop("riskReason", UNSET)) is not UNSET:
            obj.risk_reason = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
