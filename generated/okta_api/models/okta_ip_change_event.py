from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_ip_change_event_reason_admin as _okta_ip_change_event_reason_admin
from . import okta_ip_change_event_reason_user as _okta_ip_change_event_reason_user
from . import security_event_subject as _security_event_subject
from .okta_ip_change_event_initiating_entity import OktaIpChangeEventInitiatingEntity

if TYPE_CHECKING:
    from typing import Self

    from .okta_ip_change_event_reason_admin import OktaIpChangeEventReasonAdmin
    from .okta_ip_change_event_reason_user import OktaIpChangeEventReasonUser
    from .security_event_subject import SecurityEventSubject


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if lazy
            else _security_event_subject.SecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_security_event_subject.SecurityEventSubject, v)


_parse_initiating_entity = _convert.enum_parser(OktaIpChangeEventInitiatingEntity)


def _parse_reason_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin.from_json(v)
            if lazy
            else _okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin.from_dict(v)
        )
    return _convert.parse_model(_okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin, v)


def _parse_reason_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser.from_json(v)
            if lazy
            else _okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser.from_dict(v)
        )
    return _convert.parse_model(_okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OktaIpChangeEvent(OktaModel):
    """IP changed for the subject's session

    Attributes:
        current_ip_address: Current IP address of the subject
        event_timestamp: The time of the event (UNIX timestamp)
        previous_ip_address: Previous IP address of the subject
        subject: The event subjects
        initiating_entity: The entity that initiated the event
        reason_admin: OktaIpChangeEventReasonAdmin
        reason_user: OktaIpChangeEventReasonUser
    """

    _json_names: ClassVar[dict[str, str]] = {
        "current_ip_address": "current_ip_address",
        "event_timestamp": "event_timestamp",
        "previous_ip_address": "previous_ip_address",
        "subject": "subject",
        "initiating_entity": "initiating_entity",
        "reason_admin": "reason_admin",
        "reason_user": "reason_user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "current_ip_address": "str",
        "event_timestamp": "int",
        "previous_ip_address": "str",
        "subject": "model",
        "initiating_entity": "enum",
        "reason_admin": "model",
        "reason_user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "current_ip_address": ("current_ip_address", None),
        "event_timestamp": ("event_timestamp", None),
        "previous_ip_address": ("previous_ip_address", None),
        "subject": ("subject", _parse_subject),
        "initiating_entity": ("initiating_entity", _parse_initiating_entity),
        "reason_admin": ("reason_admin", _parse_reason_admin),
        "reason_user": ("reason_user", _parse_reason_user),
    }

    current_ip_address: str | None = _attrs_field(init=False)
    event_timestamp: int | None = _attrs_field(init=False)
    previous_ip_address: str | None = _attrs_field(init=False)
    subject: SecurityEventSubject | None = _attrs_field(init=False)
    initiating_entity: OktaIpChangeEventInitiatingEntity | None = _attrs_field(init=False)
    reason_admin: OktaIpChangeEventReasonAdmin | None = _attrs_field(init=False)
    reason_user: OktaIpChangeEventReasonUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        current_ip_address: str | None | Unset,
        event_timestamp: int | None | Unset,
        previous_ip_address: str | None | Unset,
        subject: SecurityEventSubject | None | Unset,
        initiating_entity: OktaIpChangeEventInitiatingEntity | None | Unset = UNSET,
        reason_admin: OktaIpChangeEventReasonAdmin | None | Unset = UNSET,
        reason_user: OktaIpChangeEventReasonUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if current_ip_address is not UNSET:
            _set_field(self, "current_ip_address", current_ip_address)
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if previous_ip_address is not UNSET:
            _set_field(self, "previous_ip_address", previous_ip_address)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if initiating_entity is not UNSET:
            _set_field(self, "initiating_entity", initiating_entity)
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
        if (v := values.get("current_ip_address", UNSET)) is not UNSET:
            d["current_ip_address"] = v
        if (v := values.get("event_timestamp", UNSET)) is not UNSET:
            d["event_timestamp"] = v
        if (v := values.get("previous_ip_address", UNSET)) is not UNSET:
            d["previous_ip_address"] = v
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("initiating_entity", UNSET)) is not UNSET:
            d["initiating_entity"] = v
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
        if (v := d.pop("current_ip_address", UNSET)) is not UNSET:
            obj.current_ip_address = v
        if (v := d.pop("event_timestamp", UNSET)) is not UNSET:
            obj.event_timestamp = v
        if (v := d.pop("previous_ip_address", UNSET)) is not UNSET:
            obj.previous_ip_address = v
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        if (v := d.pop("initiating_entity", UNSET)) is not UNSET:
            obj.initiating_entity = _parse_initiating_entity(v, False)
        if (v := d.pop("reason_admin", UNSET)) is not UNSET:
            obj.reason_admin = _parse_reason_admin(v, False)
        if (v := d.pop("reason_user", UNSET)) is not UNSET:
            obj.reason_user = _parse_reason_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
