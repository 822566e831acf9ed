from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_risk_request_risk_level import UserRiskRequestRiskLevel

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "risk_level": lambda d: (
            _convert.parse_enum(UserRiskRequestRiskLevel, v) if (v := d.get("riskLevel", UNSET)).__class__ is str else v
        ),
        "risk_reason": "riskReason",
        "additional_properties": lambda d: _convert.undeclared(d, UserRiskRequest._json_names),
    }

    risk_level: UserRiskRequestRiskLevel | None | Unset
    risk_reason: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.risk_level is not UNSET:
            d["riskLevel"] = self.risk_level
        if self.risk_reason is not UNSET:
            d["riskReason"] = self.risk_reason
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.risk_level = (
            _convert.parse_enum(UserRiskRequestRiskLevel, v) if (v := d.pop("riskLevel", UNSET)).__class__ is str else v
        )
        obj.risk_reason = d.pop("riskReason", UNSET)
        obj.additional_properties = d
        return obj
