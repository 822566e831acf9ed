from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    ssf_transmitter_caep_session_revoked_event_reason_admin as _ssf_transmitter_caep_session_revoked_event_reason_admin,
)
from . import (
    ssf_transmitter_caep_session_revoked_event_reason_user as _ssf_transmitter_caep_session_revoked_event_reason_user,
)
from . import ssf_transmitter_security_event_subject as _ssf_transmitter_security_event_subject

if TYPE_CHECKING:
    from typing import Self

    from .ssf_transmitter_caep_session_revoked_event_reason_admin import (
        SsfTransmitterCaepSessionRevokedEventReasonAdmin,
    )
    from .ssf_transmitter_caep_session_revoked_event_reason_user import SsfTransmitterCaepSessionRevokedEventReasonUser
    from .ssf_transmitter_security_event_subject import SsfTransmitterSecurityEventSubject


@_attrs_define(kw_only=True)
class SsfTransmitterCaepSessionRevokedEvent(OktaModel):
    """The session of the subject was revoked

    Attributes:
        event_timestamp: The time of the event (UNIX timestamp)
        reason_admin: SsfTransmitterCaepSessionRevokedEventReasonAdmin
        reason_user: SsfTransmitterCaepSessionRevokedEventReasonUser
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
        "event_timestamp": "event_timestamp",
        "reason_admin": lambda d: (
            _ssf_transmitter_caep_session_revoked_event_reason_admin.SsfTransmitterCaepSessionRevokedEventReasonAdmin.from_json(
                v
            )
            if (v := d.get("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event_reason_admin.SsfTransmitterCaepSessionRevokedEventReasonAdmin,
                v,
            )
        ),
        "reason_user": lambda d: (
            _ssf_transmitter_caep_session_revoked_event_reason_user.SsfTransmitterCaepSessionRevokedEventReasonUser.from_json(
                v
            )
            if (v := d.get("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event_reason_user.SsfTransmitterCaepSessionRevokedEventReasonUser,
                v,
            )
        ),
        "subject": lambda d: (
            _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SsfTransmitterCaepSessionRevokedEvent._json_names),
    }

    event_timestamp: int | None | Unset = UNSET
    reason_admin: SsfTransmitterCaepSessionRevokedEventReasonAdmin | None | Unset = UNSET
    reason_user: SsfTransmitterCaepSessionRevokedEventReasonUser | None | Unset = UNSET
    subject: SsfTransmitterSecurityEventSubject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.event_timestamp is not UNSET:
            d["event_timestamp"] = self.event_timestamp
        if self.reason_admin is not UNSET:
            d["reason_admin"] = _convert.dump_model(self.reason_admin, omit_read_only)
        if self.reason_user is not UNSET:
            d["reason_user"] = _convert.dump_model(self.reason_user, omit_read_only)
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
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
        obj.reason_admin = (
            _ssf_transmitter_caep_session_revoked_event_reason_admin.SsfTransmitterCaepSessionRevokedEventReasonAdmin.from_dict(
                v
            )
            if (v := d.pop("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event_reason_admin.SsfTransmitterCaepSessionRevokedEventReasonAdmin,
                v,
            )
        )
        obj.reason_user = (
            _ssf_transmitter_caep_session_revoked_event_reason_user.SsfTransmitterCaepSessionRevokedEventReasonUser.from_dict(
                v
            )
            if (v := d.pop("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event_reason_user.SsfTransmitterCaepSessionRevokedEventReasonUser,
                v,
            )
        )
        obj.subject = (
            _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject, v)
        )
        obj.additional_properties = d
        return obj
