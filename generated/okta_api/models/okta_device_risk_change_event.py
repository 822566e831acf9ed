from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_device_risk_change_event_reason_admin as _okta_device_risk_change_event_reason_admin
from . import okta_device_risk_change_event_reason_user as _okta_device_risk_change_event_reason_user
from . import security_event_subject as _security_event_subject
from .okta_device_risk_change_event_current_level import OktaDeviceRiskChangeEventCurrentLevel
from .okta_device_risk_change_event_initiating_entity import OktaDeviceRiskChangeEventInitiatingEntity
from .okta_device_risk_change_event_previous_level import OktaDeviceRiskChangeEventPreviousLevel

if TYPE_CHECKING:
    from typing import Self

    from .okta_device_risk_change_event_reason_admin import OktaDeviceRiskChangeEventReasonAdmin
    from .okta_device_risk_change_event_reason_user import OktaDeviceRiskChangeEventReasonUser
    from .security_event_subject import SecurityEventSubject


@_attrs_define(kw_only=True)
class OktaDeviceRiskChangeEvent(OktaModel):
    """The device risk level changed

    Attributes:
        current_level: Current risk level of the device
        event_timestamp: The time of the event (UNIX timestamp)
        previous_level: Previous risk level of the device
        subject: The event subjects
        initiating_entity: The entity that initiated the event
        reason_admin: OktaDeviceRiskChangeEventReasonAdmin
        reason_user: OktaDeviceRiskChangeEventReasonUser
    """

    _json_names: ClassVar[dict[str, str]] = {
        "current_level": "current_level",
        "event_timestamp": "event_timestamp",
        "previous_level": "previous_level",
        "subject": "subject",
        "initiating_entity": "initiating_entity",
        "reason_admin": "reason_admin",
        "reason_user": "reason_user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "current_level": "enum",
        "event_timestamp": "int",
        "previous_level": "enum",
        "subject": "model",
        "initiating_entity": "enum",
        "reason_admin": "model",
        "reason_user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "current_level": lambda d: (
            _convert.parse_enum(OktaDeviceRiskChangeEventCurrentLevel, v)
            if (v := d.get("current_level", UNSET)).__class__ is str
            else v
        ),
        "event_timestamp": "event_timestamp",
        "previous_level": lambda d: (
            _convert.parse_enum(OktaDeviceRiskChangeEventPreviousLevel, v)
            if (v := d.get("previous_level", UNSET)).__class__ is str
            else v
        ),
        "subject": lambda d: (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        ),
        "initiating_entity": lambda d: (
            _convert.parse_enum(OktaDeviceRiskChangeEventInitiatingEntity, v)
            if (v := d.get("initiating_entity", UNSET)).__class__ is str
            else v
        ),
        "reason_admin": lambda d: (
            _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin.from_json(v)
            if (v := d.get("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin, v
            )
        ),
        "reason_user": lambda d: (
            _okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser.from_json(v)
            if (v := d.get("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaDeviceRiskChangeEvent._json_names),
    }

    current_level: OktaDeviceRiskChangeEventCurrentLevel | None | Unset
    event_timestamp: int | None | Unset
    previous_level: OktaDeviceRiskChangeEventPreviousLevel | None | Unset
    subject: SecurityEventSubject | None | Unset
    initiating_entity: OktaDeviceRiskChangeEventInitiatingEntity | None | Unset = UNSET
    reason_admin: OktaDeviceRiskChangeEventReasonAdmin | None | Unset = UNSET
    reason_user: OktaDeviceRiskChangeEventReasonUser | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.current_level is not UNSET:
            d["current_level"] = self.current_level
        if self.event_timestamp is not UNSET:
            d["event_timestamp"] = self.event_timestamp
        if self.previous_level is not UNSET:
            d["previous_level"] = self.previous_level
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
        obj.current_level = (
            _convert.parse_enum(OktaDeviceRiskChangeEventCurrentLevel, v)
            if (v := d.pop("current_level", UNSET)).__class__ is str
            else v
        )
        obj.event_timestamp = d.pop("event_timestamp", UNSET)
        obj.previous_level = (
            _convert.parse_enum(OktaDeviceRiskChangeEventPreviousLevel, v)
            if (v := d.pop("previous_level", UNSET)).__class__ is str
            else v
        )
        obj.subject = (
            _security_event_subject.SecurityEventSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_subject.SecurityEventSubject, v)
        )
        obj.initiating_entity = (
            _convert.parse_enum(OktaDeviceRiskChangeEventInitiatingEntity, v)
            if (v := d.pop("initiating_entity", UNSET)).__class__ is str
            else v
        )
        obj.reason_admin = (
            _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin.from_dict(v)
            if (v := d.pop("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin, v
            )
        )
        obj.reason_user = (
            _okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser.from_dict(v)
            if (v := d.pop("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser, v)
        )
        obj.additional_properties = d
        return obj
