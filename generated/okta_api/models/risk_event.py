from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import risk_event_subject as _risk_event_subject

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .risk_event_subject import RiskEventSubject


def _parse_subjects(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _risk_event_subject.RiskEventSubject.from_json if lazy else _risk_event_subject.RiskEventSubject.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RiskEvent(OktaModel):
    """An Okta `RiskEvent`.

    Attributes:
        subjects: List of risk event subjects
        expires_at (`expiresAt`): Timestamp at which the event expires (expressed as a UTC time zone using ISO 8601 format:
            yyyy-MM-dd`T`HH:mm:ss.SSS`Z`). If this optional field isn't included, Okta automatically
            expires the event 24 hours after the event is consumed.
        timestamp: Timestamp of when the event is produced (expressed as a UTC time zone using ISO 8601
            format: yyyy-MM-dd`T`HH:mm:ss.SSS`Z`)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "subjects": "subjects",
        "expiresAt": "expires_at",
        "timestamp": "timestamp",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "subjects": "list:model",
        "expires_at": "datetime",
        "timestamp": "datetime",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "subjects": ("subjects", _parse_subjects),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "timestamp": ("timestamp", _convert.parse_datetime),
    }

    subjects: list[RiskEventSubject] | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    timestamp: datetime.datetime | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        subjects: list[RiskEventSubject] | None | Unset,
        expires_at: datetime.datetime | None | Unset = UNSET,
        timestamp: datetime.datetime | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if subjects is not UNSET:
            _set_field(self, "subjects", subjects)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if timestamp is not UNSET:
            _set_field(self, "timestamp", timestamp)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("subjects", UNSET)) is not UNSET:
            d["subjects"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("expires_at", UNSET)) is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("timestamp", UNSET)) is not UNSET:
            d["timestamp"] = _convert.dump_datetime(v)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("subjects", UNSET)) is not UNSET:
            obj.subjects = _parse_subjects(v, False)
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("timestamp", UNSET)) is not UNSET:
            obj.timestamp = _convert.parse_datetime(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
