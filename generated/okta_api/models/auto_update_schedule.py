from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
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
        "cron": "cron",
        "delay": "delay",
        "duration": "duration",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "timezone": "timezone",
        "additional_properties": lambda d: _convert.undeclared(d, AutoUpdateSchedule._json_names),
    }

    cron: str | None | Unset = UNSET
    delay: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    timezone: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.cron is not UNSET:
            d["cron"] = self.cron
        if self.delay is not UNSET:
            d["delay"] = self.delay
        if self.duration is not UNSET:
            d["duration"] = self.duration
        if self.last_updated is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.timezone is not UNSET:
            d["timezone"] = self.timezone
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.cron = d.pop("cron", UNSET)
        obj.delay = d.pop("delay", UNSET)
        obj.duration = d.pop("duration", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.timezone = d.pop("timezone", UNSET)
        obj.additional_properties = d
        return obj
