from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AutoUpdateSchedule(OktaModel):
    """The schedule of auto-update configured by the admin

    Attributes:
        cron: The schedule of the update in cron format. The cron settings are limited to only the day
            of the month or the nth-day-of-the-week configurations. For example, `0 8 ? * 6#3`
            indicates every third Saturday at 8:00 AM.
        delay: Delay in days
        duration: Duration in minutes
        last_updated (`lastUpdated`): Timestamp when the update finished (only for a successful or failed update, not for a
            cancelled update). Null is returned if the job hasn't finished once yet.
        timezone: Timezone of where the scheduled job takes place
    """

    _json_names: ClassVar[dict[str, str]] = {
        "cron": "cron",
        "delay": "delay",
        "duration": "duration",
        "lastUpdated": "last_updated",
        "timezone": "timezone",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "cron": "str",
        "delay": "int",
        "duration": "int",
        "last_updated": "datetime",
        "timezone": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "cron": ("cron", None),
        "delay": ("delay", None),
        "duration": ("duration", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "timezone": ("timezone", None),
    }

    cron: str | None = _attrs_field(init=False)
    delay: int | None = _attrs_field(init=False)
    duration: int | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    timezone: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        cron: str | None | Unset = UNSET,
        delay: int | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if cron is not UNSET:
            _set_field(self, "cron", cron)
        if delay is not UNSET:
            _set_field(self, "delay", delay)
        if duration is not UNSET:
            _set_field(self, "duration", duration)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if timezone is not UNSET:
            _set_field(self, "timezone", timezone)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("cron", UNSET)) is not UNSET:
            d["cron"] = v
        if (v := values.get("delay", UNSET)) is not UNSET:
            d["delay"] = v
        if (v := values.get("duration", UNSET)) is not UNSET:
            d["duration"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("timezone", UNSET)) is not UNSET:
            d["timezone"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("cron", UNSET)) is not UNSET:
            obj.cron = v
        if (v := d.pop("delay", UNSET)) is not UNSET:
            obj.delay = v
        if (v := d.pop("duration", UNSET)) is not UNSET:
            obj.duration = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("timezone", UNSET)) is not UNSET:
            obj.timezone = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
