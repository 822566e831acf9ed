from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordPolicyPasswordSettingsAge(OktaModel):
    """Age settings

    Attributes:
        expire_warn_days (`expireWarnDays`): Specifies the number of days prior to password expiration when a User is warned to reset
            their password: `0` indicates no warning
        history_count (`historyCount`): Specifies the number of distinct passwords that a User must create before they can reuse a
            previous password: `0` indicates none
        max_age_days (`maxAgeDays`): Specifies how long (in days) a password remains valid before it expires: `0` indicates no
            limit
        min_age_minutes (`minAgeMinutes`): Specifies the minimum time interval (in minutes) between password changes: `0` indicates
            no limit
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expireWarnDays": "expire_warn_days",
        "historyCount": "history_count",
        "maxAgeDays": "max_age_days",
        "minAgeMinutes": "min_age_minutes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expire_warn_days": "int",
        "history_count": "int",
        "max_age_days": "int",
        "min_age_minutes": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expire_warn_days": "expireWarnDays",
        "history_count": "historyCount",
        "max_age_days": "maxAgeDays",
        "min_age_minutes": "minAgeMinutes",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyPasswordSettingsAge._json_names),
    }

    expire_warn_days: int | None | Unset = UNSET
    history_count: int | None | Unset = UNSET
    max_age_days: int | None | Unset = UNSET
    min_age_minutes: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expire_warn_days is not UNSET:
            d["expireWarnDays"] = self.expire_warn_days
        if self.history_count is not UNSET:
            d["historyCount"] = self.history_count
        if self.max_age_days is not UNSET:
            d["maxAgeDays"] = self.max_age_days
        if self.min_age_minutes is not UNSET:
            d["minAgeMinutes"] = self.min_age_minutes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expire_warn_days = d.pop("expireWarnDays", UNSET)
        obj.history_count = d.pop("historyCount", UNSET)
        obj.max_age_days = d.pop("maxAgeDays", UNSET)
        obj.min_age_minutes = d.pop("minAgeMinutes", UNSET)
        obj.additional_properties = d
        return obj
