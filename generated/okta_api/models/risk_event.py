from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import risk_event_subject as _risk_event_subject

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .risk_event_subject import RiskEventSubject


@_attrs_define(kw_only=True)
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
        "subjects": lambda d: _convert.parse_model_list(
            _risk_event_subject.RiskEventSubject.from_json, d.get("subjects", UNSET)
        ),
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "timestamp": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("timestamp", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RiskEvent._json_names),
    }

    subjects: list[RiskEventSubject] | None | Unset
    expires_at: datetime.datetime | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.subjects is not UNSET:
            d["subjects"] = _convert.dump_model_list(self.subjects, omit_read_only)
        if self.expires_at is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.timestamp is not UNSET:
            d["timestamp"] = _convert.dump_datetime(self.timestamp)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.subjects = _convert.parse_model_list(
            _risk_event_subject.RiskEventSubject.from_dict, d.pop("subjects", UNSET)
        )
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.timestamp = _convert.parse_datetime_text(v) if (v := d.pop("timestamp", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
