from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import caep_session_revoked_event_reason_admin as _caep_session_revoked_event_reason_admin
from . import caep_session_revoked_event_reason_user as _caep_session_revoked_event_reason_user
from . import security_event_subject as _security_event_subject
from .caep_session_revoked_event_initiating_entity import CaepSessionRevokedEventInitiatingEntity

if TYPE_CHECKING:
    from typing import Self

    from .caep_session_revoked_event_reason_admin import CaepSessionRevokedEventReasonAdmin
    from .caep_session_revoked_event_reason_user import CaepSessionRevokedEventReasonUser
    from .security_event_subject import SecurityEventSubject


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if lazy
            else _security_event_subject.SecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_security_event_subject.SecurityEventSubject, v)


_parse_initiating_entity = _convert.enum_parser(CaepSessionRevokedEventInitiatingEntity)


def _parse_reason_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_session_revoked_event_reason_admin.CaepSessionRevokedEventReasonAdmin.from_json(v)
            if lazy
            else _caep_session_revoked_event_reason_admin.CaepSessionRevokedEventReasonAdmin.from_dict(v)
        )
    return _convert.parse_model(_caep_session_revoked_event_reason_admin.CaepSessionRevokedEventReasonAdmin, v)


def _parse_reason_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_session_revoked_event_reason_user.CaepSessionRevokedEventReasonUser.from_json(v)
            if lazy
            else _caep_session_revoked_event_reason_user.CaepSessionRevokedEventReasonUser.from_dict(v)
        )
    return _convert.parse_model(_caep_session_revoked_event_reason_user.CaepSessionRevokedEventReasonUser, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CaepSessionRevokedEvent(OktaModel):
    """The session of the subject was revoked

    Attributes:
        event_timestamp: The time of the event (UNIX timestamp)
        subject: The event subjects
        current_ip: Current IP of the session
        current_user_agent: Current user agent of the session
        initiating_entity: The entity that initiated the event
        last_known_ip: Last known IP of the session
        last_known_user_agent: Last known user agent of the session
        reason_admin: CaepSessionRevokedEventReasonAdmin
        reason_user: CaepSessionRevokedEventReasonUser
    """

    _json_names: ClassVar[dict[str, str]] = {
        "event_timestamp": "event_timestamp",
        "subject": "subject",
        "current_ip": "current_ip",
        "current_user_agent": "current_user_agent",
        "initiating_entity": "initiating_entity",
        "last_known_ip": "last_known_ip",
        "last_known_user_agent": "last_known_user_agent",
        "reason_admin": "reason_admin",
        "reason_user": "reason_user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_timestamp": "int",
        "subject": "model",
        "current_ip": "str",
        "current_user_agent": "str",
        "initiating_entity": "enum",
        "last_known_ip": "str",
        "last_known_user_agent": "str",
        "reason_admin": "model",
        "reason_user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_timestamp": ("event_timestamp", None),
        "subject": ("subject", _parse_subject),
        "current_ip": ("current_ip", None),
        "current_user_agent": ("current_user_agent", None),
        "initiating_entity": ("initiating_entity", _parse_initiating_entity),
        "last_known_ip": ("last_known_ip", None),
        "last_known_user_agent": ("last_known_user_agent", None),
        "reason_admin": ("reason_admin", _parse_reason_admin),
        "reason_user": ("reason_user", _parse_reason_user),
    }

    event_timestamp: int | None = _attrs_field(init=False)
    subject: SecurityEventSubject | None = _attrs_field(init=False)
    current_ip: str | None = _attrs_field(init=False)
    current_user_agent: str | None = _attrs_field(init=False)
    initiating_entity: CaepSessionRevokedEventInitiatingEntity | None = _attrs_field(init=False)
    last_known_ip: str | None = _attrs_field(init=False)
    last_known_user_agent: str | None = _attrs_field(init=False)
    reason_admin: CaepSessionRevokedEventReasonAdmin | None = _attrs_field(init=False)
    reason_user: CaepSessionRevokedEventReasonUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_timestamp: int | None | Unset,
        subject: SecurityEventSubject | None | Unset,
        current_ip: str | None | Unset = UNSET,
        current_user_agent: str | None | Unset = UNSET,
        initiating_entity: CaepSessionRevokedEventInitiatingEntity | None | Unset = UNSET,
        last_known_ip: str | None | Unset = UNSET,
        last_known_user_agent: str | None | Unset = UNSET,
        reason_admin: CaepSessionRevokedEventReasonAdmin | None | Unset = UNSET,
        reason_user: CaepSessionRevokedEventReasonUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if current_ip is not UNSET:
            _set_field(self, "current_ip", current_ip)
        if current_user_agent is not UNSET:
            _set_field(self, "current_user_agent", current_user_agent)
        if initiating_entity is not UNSET:
            _set_field(self, "initiating_entity", initiating_entity)
        if last_known_ip is not UNSET:
            _set_field(self, "last_known_ip", last_known_ip)
        if last_known_user_agent is not UNSET:
            _set_field(self, "last_known_user_agent", last_known_user_agent)
        if reason_admin is not UNSET:
            _set_field(self, "reason_admin", reason_admin)
        if reason_user is not UNSET:
            _set_field(self, "reason_user", reason_user)
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
        if (v := values.get("current_ip", UNSET)) is not UNSET:
            d["current_ip"] = v
        if (v := values.get("current_user_agent", UNSET)) is not UNSET:
            d["current_user_agent"] = v
        if (v := values.get("initiating_entity", UNSET)) is not UNSET:
            d["initiating_entity"] = v
        if (v := values.get("last_known_ip", UNSET)) is not UNSET:
            d["last_known_ip"] = v
        if (v := values.get("last_known_user_agent", UNSET)) is not UNSET:
            d["last_known_user_agent"] = v
        if (v := values.get("reason_admin", UNSET)) is not UNSET:
            d["reason_admin"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reason_user", UNSET)) is not UNSET:
            d["reason_user"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("current_ip", UNSET)) is not UNSET:
            obj.current_ip = v
        if (v := d.pop("current_user_agent", UNSET)) is not UNSET:
            obj.current_user_agent = v
        if (v := d.pop("initiating_entity", UNSET)) is not UNSET:
            obj.initiating_entity = _parse_initiating_entity(v, False)
        if (v := d.pop("last_known_ip", UNSET)) is not UNSET:
            obj.last_known_ip = v
        if (v := d.pop("last_known_user_agent", UNSET)) is not UNSET:
            obj.last_known_user_agent = v
        if (v := d.pop("reason_admin", UNSET)) is not UNSET:
            obj.reason_admin = _parse_reason_admin(v, False)
        if (v := d.pop("reason_user", UNSET)) is not UNSET:
            obj.reason_user = _parse_reason_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
