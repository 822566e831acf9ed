from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import caep_event_reason_admin as _caep_event_reason_admin
from . import caep_event_reason_user as _caep_event_reason_user
from . import ssf_transmitter_security_event_subject as _ssf_transmitter_security_event_subject

if TYPE_CHECKING:
    from typing import Self

    from .caep_event_reason_admin import CaepEventReasonAdmin
    from .caep_event_reason_user import CaepEventReasonUser
    from .ssf_transmitter_security_event_subject import SsfTransmitterSecurityEventSubject


def _parse_reason_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_event_reason_admin.CaepEventReasonAdmin.from_json(v)
            if lazy
            else _caep_event_reason_admin.CaepEventReasonAdmin.from_dict(v)
        )
    return _convert.parse_model(_caep_event_reason_admin.CaepEventReasonAdmin, v)


def _parse_reason_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_event_reason_user.CaepEventReasonUser.from_json(v)
            if lazy
            else _caep_event_reason_user.CaepEventReasonUser.from_dict(v)
        )
    return _convert.parse_model(_caep_event_reason_user.CaepEventReasonUser, v)


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_json(v)
            if lazy
            else _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CaepEvent(OktaModel):
    """An Okta `CaepEvent`.

    Attributes:
        event_timestamp: The time of the event (UNIX timestamp)
        reason_admin: CaepEventReasonAdmin
        reason_user: CaepEventReasonUser
        subject: The event subject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "event_timestamp": "event_timestamp",
        "reason_admin": "reason_admin",
        "reason_user": "reason_user",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_timestamp": "int",
        "reason_admin": "model",
        "reason_user": "model",
        "subject": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_timestamp": ("event_timestamp", None),
        "reason_admin": ("reason_admin", _parse_reason_admin),
        "reason_user": ("reason_user", _parse_reason_user),
        "subject": ("subject", _parse_subject),
    }

    event_timestamp: int | None = _attrs_field(init=False)
    reason_admin: CaepEventReasonAdmin | None = _attrs_field(init=False)
    reason_user: CaepEventReasonUser | None = _attrs_field(init=False)
    subject: SsfTransmitterSecurityEventSubject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_timestamp: int | None | Unset = UNSET,
        reason_admin: CaepEventReasonAdmin | None | Unset = UNSET,
        reason_user: CaepEventReasonUser | None | Unset = UNSET,
        subject: SsfTransmitterSecurityEventSubject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if reason_admin is not UNSET:
            _set_field(self, "reason_admin", reason_admin)
        if reason_user is not UNSET:
            _set_field(self, "reason_user", reason_user)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("event_timestamp", UNSET)) is not UNSET:
            d["event_timestamp"] = v
        if (v := values.get("reason_admin", UNSET)) is not UNSET:
            d["reason_admin"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reason_user", UNSET)) is not UNSET:
            d["reason_user"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("reason_admin", UNSET)) is not UNSET:
            obj.reason_admin = _parse_reason_admin(v, False)
        if (v := d.pop("reason_user", UNSET)) is not UNSET:
            obj.reason_user = _parse_reason_user(v, False)
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
