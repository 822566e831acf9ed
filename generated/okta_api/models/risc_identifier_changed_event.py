from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import security_event_subject as _security_event_subject

if TYPE_CHECKING:
    from typing import Self

    from .security_event_subject import SecurityEventSubject


@_attrs_define(kw_only=True)
class RiscIdentifierChangedEvent(OktaModel):
    """The subject's identifier has changed, which is either an email address or a phone number change

    Attributes:
        event_timestamp: The time of the event (UNIX timestamp)
        subject: The event subjects
        new_value (`new-value`): The new identifier value
    """

    _json_names: ClassVar[dict[str, str]] = {
        "event_timestamp": "event_timestamp",
        "subject": "subject",
        "new-value": "new_value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_timestamp": "int",
        "subject": "model",
        "new_value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_timestamp": "event_timestamp",
        "subject": lambda d: (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        ),
        "new_value": "new-value",
        "additional_properties": lambda d: _convert.undeclared(d, RiscIdentifierChangedEvent._json_names),
    }

    event_timestamp: int | None | Unset
    subject: SecurityEventSubject | None | Unset
    new_value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.event_timestamp is not UNSET:
            d["event_timestamp"] = self.event_timestamp
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
        if self.new_value is not UNSET:
            d["new-value"] = self.new_value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.event_timestamp = d.pop("event_timestamp", UNSET)
        obj.subject = (
            _security_event_subject.SecurityEventSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        )
        obj.new_value = d.pop("new-value", UNSET)
        obj.additional_properties = d
        return obj
