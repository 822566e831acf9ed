from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_current_level = _convert.enum_parser(OktaDeviceRiskChangeEventCurrentLevel)

_parse_previous_level = _convert.enum_parser(OktaDeviceRiskChangeEventPreviousLevel)


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _security_event_subject.SecurityEventSubject.from_json(v)
            if lazy
            else _security_event_subject.SecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_security_event_subject.SecurityEventSubject, v)


_parse_initiating_entity = _convert.enum_parser(OktaDeviceRiskChangeEventInitiatingEntity)


def _parse_reason_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin.from_json(v)
            if lazy
            else _okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin.from_dict(v)
        )
    return _convert.parse_model(_okta_device_risk_change_event_reason_admin.OktaDeviceRiskChangeEventReasonAdmin, v)


def _parse_reason_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser.from_json(v)
            if lazy
            else _okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser.from_dict(v)
        )
    return _convert.parse_model(_okta_device_risk_change_event_reason_user.OktaDeviceRiskChangeEventReasonUser, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "current_level": ("current_level", _parse_current_level),
        "event_timestamp": ("event_timestamp", None),
        "previous_level": ("previous_level", _parse_previous_level),
        "subject": ("subject", _parse_subject),
        "initiating_entity": ("initiating_entity", _parse_initiating_entity),
        "reason_admin": ("reason_admin", _parse_reason_admin),
        "reason_user": ("reason_user", _parse_reason_user),
    }

    current_level: OktaDeviceRiskChangeEventCurrentLevel | None = _attrs_field(init=False)
    event_timestamp: int | None = _attrs_field(init=False)
    previous_level: OktaDeviceRiskChangeEventPreviousLevel | None = _attrs_field(init=False)
    subject: SecurityEventSubject | None = _attrs_field(init=False)
    initiating_entity: OktaDeviceRiskChangeEventInitiatingEntity | None = _attrs_field(init=False)
    reason_admin: OktaDeviceRiskChangeEventReasonAdmin | None = _attrs_field(init=False)
    reason_user: OktaDeviceRiskChangeEventReasonUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        current_level: OktaDeviceRiskChangeEventCurrentLevel | None | Unset,
        event_timestamp: int | None | Unset,
        previous_level: OktaDeviceRiskChangeEventPreviousLevel | None | Unset,
        subject: SecurityEventSubject | None | Unset,
        initiating_entity: OktaDeviceRiskChangeEventInitiatingEntity | None | Unset = UNSET,
        reason_admin: OktaDeviceRiskChangeEventReasonAdmin | None | Unset = UNSET,
        reason_user: OktaDeviceRiskChangeEventReasonUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if current_level is not UNSET:
            _set_field(self, "current_level", current_level)
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if previous_level is not UNSET:
            _set_field(self, "previous_level", previous_level)
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
        if (v := values.get("current_level", UNSET)) is not UNSET:
            d["current_level"] = v
        if (v := values.get("event_timestamp", UNSET)) is not UNSET:
            d["event_timestamp"] = v
        if (v := values.get("previous_level", UNSET)) is not UNSET:
            d["previous_level"] = v
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
        if (v := d.pop("current_level", UNSET)) is not UNSET:
            obj.current_level = _parse_current_level(v, False)
        if (v := d.pop("event_timestamp", UNSET)) is not UNSET:
            obj.event_timestamp = v
        if (v := d.pop("previous_level", UNSET)) is not UNSET:
            obj.previous_level = _parse_previous_level(v, False)
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
