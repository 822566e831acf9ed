from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expire_warn_days": ("expireWarnDays", None),
        "history_count": ("historyCount", None),
        "max_age_days": ("maxAgeDays", None),
        "min_age_minutes": ("minAgeMinutes", None),
    }

    expire_warn_days: int | None = _attrs_field(init=False)
    history_count: int | None = _attrs_field(init=False)
    max_age_days: int | None = _attrs_field(init=False)
    min_age_minutes: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expire_warn_days: int | None | Unset = UNSET,
        history_count: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_age_minutes: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expire_warn_days is not UNSET:
            _set_field(self, "expire_warn_days", expire_warn_days)
        if history_count is not UNSET:
            _set_field(self, "history_count", history_count)
        if max_age_days is not UNSET:
            _set_field(self, "max_age_days", max_age_days)
        if min_age_minutes is not UNSET:
            _set_field(self, "min_age_minutes", min_age_minutes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expire_warn_days", UNSET)) is not UNSET:
            d["expireWarnDays"] = v
        if (v := values.get("history_count", UNSET)) is not UNSET:
            d["historyCount"] = v
        if (v := values.get("max_age_days", UNSET)) is not UNSET:
            d["maxAgeDays"] = v
        if (v := values.get("min_age_minutes", UNSET)) is not UNSET:
            d["minAgeMinutes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expireWarnDays", UNSET)) is not UNSET:
            obj.expire_warn_days = v
        if (v := d.pop("historyCount", UNSET)) is not UNSET:
            obj.history_count = v
        if (v := d.pop("maxAgeDays", UNSET)) is not UNSET:
            obj.max_age_days = v
        if (v := d.pop("minAgeMinutes", UNSET)) is not UNSET:
            obj.min_age_minutes = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
