from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import caep_credential_change_event_reason_admin as _caep_credential_change_event_reason_admin
from . import caep_credential_change_event_reason_user as _caep_credential_change_event_reason_user
from . import ssf_transmitter_security_event_subject as _ssf_transmitter_security_event_subject
from .caep_credential_change_event_change_type import CaepCredentialChangeEventChangeType
from .caep_credential_change_event_credential_type import CaepCredentialChangeEventCredentialType
from .caep_credential_change_event_initiating_entity import CaepCredentialChangeEventInitiatingEntity

if TYPE_CHECKING:
    from typing import Self

    from .caep_credential_change_event_reason_admin import CaepCredentialChangeEventReasonAdmin
    from .caep_credential_change_event_reason_user import CaepCredentialChangeEventReasonUser
    from .ssf_transmitter_security_event_subject import SsfTransmitterSecurityEventSubject


_parse_change_type = _convert.enum_parser(CaepCredentialChangeEventChangeType)

_parse_credential_type = _convert.enum_parser(CaepCredentialChangeEventCredentialType)

_parse_initiating_entity = _convert.enum_parser(CaepCredentialChangeEventInitiatingEntity)


def _parse_reason_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin.from_json(v)
            if lazy
            else _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin.from_dict(v)
        )
    return _convert.parse_model(_caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin, v)


def _parse_reason_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser.from_json(v)
            if lazy
            else _caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser.from_dict(v)
        )
    return _convert.parse_model(_caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser, v)


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_json(v)
            if lazy
            else _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_dict(v)
        )
    return _convert.parse_model(_ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CaepCredentialChangeEvent(OktaModel):
    """The credential was created, changed, revoked or deleted

    Attributes:
        change_type: The type of action done towards the credential
        credential_type: The credential type of the changed credential. It's one of the supported enum values or
            any other credential type supported mutually by the transmitter and the receiver.
        event_timestamp: The time of the event (UNIX timestamp)
        fido2_aaguid: FIDO2 Authenticator Attestation GUID
        friendly_name: Credential friendly name
        initiating_entity: The entity that initiated the event
        reason_admin: CaepCredentialChangeEventReasonAdmin
        reason_user: CaepCredentialChangeEventReasonUser
        subject: The event subject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "change_type": "change_type",
        "credential_type": "credential_type",
        "event_timestamp": "event_timestamp",
        "fido2_aaguid": "fido2_aaguid",
        "friendly_name": "friendly_name",
        "initiating_entity": "initiating_entity",
        "reason_admin": "reason_admin",
        "reason_user": "reason_user",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "change_type": "enum",
        "credential_type": "enum",
        "event_timestamp": "int",
        "fido2_aaguid": "str",
        "friendly_name": "str",
        "initiating_entity": "enum",
        "reason_admin": "model",
        "reason_user": "model",
        "subject": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "change_type": ("change_type", _parse_change_type),
        "credential_type": ("credential_type", _parse_credential_type),
        "event_timestamp": ("event_timestamp", None),
        "fido2_aaguid": ("fido2_aaguid", None),
        "friendly_name": ("friendly_name", None),
        "initiating_entity": ("initiating_entity", _parse_initiating_entity),
        "reason_admin": ("reason_admin", _parse_reason_admin),
        "reason_user": ("reason_user", _parse_reason_user),
        "subject": ("subject", _parse_subject),
    }

    change_type: CaepCredentialChangeEventChangeType | None = _attrs_field(init=False)
    credential_type: CaepCredentialChangeEventCredentialType | None = _attrs_field(init=False)
    event_timestamp: int | None = _attrs_field(init=False)
    fido2_aaguid: str | None = _attrs_field(init=False)
    friendly_name: str | None = _attrs_field(init=False)
    initiating_entity: CaepCredentialChangeEventInitiatingEntity | None = _attrs_field(init=False)
    reason_admin: CaepCredentialChangeEventReasonAdmin | None = _attrs_field(init=False)
    reason_user: CaepCredentialChangeEventReasonUser | None = _attrs_field(init=False)
    subject: SsfTransmitterSecurityEventSubject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        change_type: CaepCredentialChangeEventChangeType | None | Unset,
        credential_type: CaepCredentialChangeEventCredentialType | None | Unset,
        event_timestamp: int | None | Unset = UNSET,
        fido2_aaguid: str | None | Unset = UNSET,
        friendly_name: str | None | Unset = UNSET,
        initiating_entity: CaepCredentialChangeEventInitiatingEntity | None | Unset = UNSET,
        reason_admin: CaepCredentialChangeEventReasonAdmin | None | Unset = UNSET,
        reason_user: CaepCredentialChangeEventReasonUser | None | Unset = UNSET,
        subject: SsfTransmitterSecurityEventSubject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if change_type is not UNSET:
            _set_field(self, "change_type", change_type)
        if credential_type is not UNSET:
            _set_field(self, "credential_type", credential_type)
        if event_timestamp is not UNSET:
            _set_field(self, "event_timestamp", event_timestamp)
        if fido2_aaguid is not UNSET:
            _set_field(self, "fido2_aaguid", fido2_aaguid)
        if friendly_name is not UNSET:
            _set_field(self, "friendly_name", friendly_name)
        if initiating_entity is not UNSET:
            _set_field(self, "initiating_entity", initiating_entity)
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
        if (v := values.get("change_type", UNSET)) is not UNSET:
            d["change_type"] = v
        if (v := values.get("credential_type", UNSET)) is not UNSET:
            d["credential_type"] = v
        if (v := values.get("event_timestamp", UNSET)) is not UNSET:
            d["event_timestamp"] = v
        if (v := values.get("fido2_aaguid", UNSET)) is not UNSET:
            d["fido2_aaguid"] = v
        if (v := values.get("friendly_name", UNSET)) is not UNSET:
            d["friendly_name"] = v
        if (v := values.get("initiating_entity", UNSET)) is not UNSET:
            d["initiating_entity"] = v
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
        if (v := d.pop("change_type", UNSET)) is not UNSET:
            obj.change_type = _parse_change_type(v, False)
        if (v := d.pop("credential_type", UNSET)) is not UNSET:
            obj.credential_type = _parse_credential_type(v, False)
        if (v := d.pop("event_timestamp", UNSET)) is not UNSET:
            obj.event_timestamp = v
        if (v := d.pop("fido2_aaguid", UNSET)) is not UNSET:
            obj.fido2_aaguid = v
        if (v := d.pop("friendly_name", UNSET)) is not UNSET:
            obj.friendly_name = v
        if (v := d.pop("initiating_entity", UNSET)) is not UNSET:
            obj.initiating_entity = _parse_initiating_entity(v, False)
        if (v := d.pop("reason_admin", UNSET)) is not UNSET:
            obj.reason_admin = _parse_reason_admin(v, False)
        if (v := d.pop("reason_user", UNSET)) is not UNSET:
            obj.reason_user = _parse_reason_user(v, False)
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
