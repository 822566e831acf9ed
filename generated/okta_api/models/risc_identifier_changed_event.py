from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import security_event_subject as _security_event_subject

if TYPE_CHECKING:
    from typing import Self

    from .security_event_subject import SecurityEventSubject


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if lazy
            else _security_event_subject.SecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_security_event_subject.SecurityEventSubject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "event_timestamp": ("event_timestamp", None),
        "subject": ("subject", _parse_subject),
        "new_value": ("new-value", None),
    }

    event_timestamp: int | None = _attrs_field(init=False)
    subject: SecurityEventSubject | None = _attrs_field(init=False)
    new_value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_timestamp: int | None | Unset,
        subject: SecurityEventSubject | None | Unset,
        new_value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if new_value is not UNSET:
            _set_field(self, "new_value", new_value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("event_timestamp", UNSET)) is not UNSET:
            d["event_timestamp"] = v
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("new_value", UNSET)) is not UNSET:
            d["new-value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("event_timestamp", UNSET)) is not UNSET:
            obj.event_timestamp = v
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        if (v := d.pop("new-value", UNSET)) is not UNSET:
            obj.new_value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
