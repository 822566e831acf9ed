from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "current_ip_address": "current_ip_address",
        "event_timestamp": "event_timestamp",
        "previous_ip_address": "previous_ip_address",
        "subject": lambda d: (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        ),
        "initiating_entity": lambda d: (
            _convert.parse_enum(OktaIpChangeEventInitiatingEntity, v)
            if (v := d.get("initiating_entity", UNSET)).__class__ is str
            else v
        ),
        "reason_admin": lambda d: (
            _okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin.from_json(v)
            if (v := d.get("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin, v)
        ),
        "reason_user": lambda d: (
            _okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser.from_json(v)
            if (v := d.get("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaIpChangeEvent._json_names),
    }

    current_ip_address: str | None | Unset
    event_timestamp: int | None | Unset
    previous_ip_address: str | None | Unset
    subject: SecurityEventSubject | None | Unset
    initiating_entity: OktaIpChangeEventInitiatingEntity | None | Unset = UNSET
    reason_admin: OktaIpChangeEventReasonAdmin | None | Unset = UNSET
    reason_user: OktaIpChangeEventReasonUser | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.current_ip_address is not UNSET:
            d["current_ip_address"] = self.current_ip_address
        if self.event_timestamp is not UNSET:
            d["event_timestamp"] = self.event_timestamp
        if self.previous_ip_address is not UNSET:
            d["previous_ip_address"] = self.previous_ip_address
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
        if self.initiating_entity is not UNSET:
            d["initiating_entity"] = self.initiating_entity
        if self.reason_admin is not UNSET:
            d["reason_admin"] = _convert.dump_model(self.reason_admin, omit_read_only)
        if self.reason_user is not UNSET:
            d["reason_user"] = _convert.dump_model(self.reason_user, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.current_ip_address = d.pop("current_ip_address", UNSET)
        obj.event_timestamp = d.pop("event_timestamp", UNSET)
        obj.previous_ip_address = d.pop("previous_ip_address", UNSET)
        obj.subject = (
            _security_event_subject.SecurityEventSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        )
        obj.initiating_entity = (
            _convert.parse_enum(OktaIpChangeEventInitiatingEntity, v)
            if (v := d.pop("initiating_entity", UNSET)).__class__ is str
            else v
        )
        obj.reason_admin = (
            _okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin.from_dict(v)
            if (v := d.pop("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event_reason_admin.OktaIpChangeEventReasonAdmin, v)
        )
        obj.reason_user = (
            _okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser.from_dict(v)
            if (v := d.pop("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event_reason_user.OktaIpChangeEventReasonUser, v)
        )
        obj.additional_properties = d
        return obj
