from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "change_type": lambda d: (
            _convert.parse_enum(CaepCredentialChangeEventChangeType, v)
            if (v := d.get("change_type", UNSET)).__class__ is str
            else v
        ),
        "credential_type": lambda d: (
            _convert.parse_enum(CaepCredentialChangeEventCredentialType, v)
            if (v := d.get("credential_type", UNSET)).__class__ is str
            else v
        ),
        "event_timestamp": "event_timestamp",
        "fido2_aaguid": "fido2_aaguid",
        "friendly_name": "friendly_name",
        "initiating_entity": lambda d: (
            _convert.parse_enum(CaepCredentialChangeEventInitiatingEntity, v)
            if (v := d.get("initiating_entity", UNSET)).__class__ is str
            else v
        ),
        "reason_admin": lambda d: (
            _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin.from_json(v)
            if (v := d.get("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin, v
            )
        ),
        "reason_user": lambda d: (
            _caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser.from_json(v)
            if (v := d.get("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser, v)
        ),
        "subject": lambda d: (
            _ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ssf_transmitter_security_event_subject.SsfTransmitterSecurityEventSubject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CaepCredentialChangeEvent._json_names),
    }

    change_type: CaepCredentialChangeEventChangeType | None | Unset
    credential_type: CaepCredentialChangeEventCredentialType | None | Unset
    event_timestamp: int | None | Unset = UNSET
    fido2_aaguid: str | None | Unset = UNSET
    friendly_name: str | None | Unset = UNSET
    initiating_entity: CaepCredentialChangeEventInitiatingEntity | None | Unset = UNSET
    reason_admin: CaepCredentialChangeEventReasonAdmin | None | Unset = UNSET
    reason_user: CaepCredentialChangeEventReasonUser | None | Unset = UNSET
    subject: SsfTransmitterSecurityEventSubject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.change_type is not UNSET:
            d["change_type"] = self.change_type
        if self.credential_type is not UNSET:
            d["credential_type"] = self.credential_type
        if self.event_timestamp is not UNSET:
            d["event_timestamp"] = self.event_timestamp
        if self.fido2_aaguid is not UNSET:
            d["fido2_aaguid"] = self.fido2_aaguid
        if self.friendly_name is not UNSET:
            d["friendly_name"] = self.friendly_name
        if self.initiating_entity is not UNSET:
            d["initiating_entity"] = self.initiating_entity
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
        obj.change_type = (
            _convert.parse_enum(CaepCredentialChangeEventChangeType, v)
            if (v := d.pop("change_type", UNSET)).__class__ is str
            else v
        )
        obj.credential_type = (
            _convert.parse_enum(CaepCredentialChangeEventCredentialType, v)
            if (v := d.pop("credential_type", UNSET)).__class__ is str
            else v
        )
        obj.event_timestamp = d.pop("event_timestamp", UNSET)
        obj.fido2_aaguid = d.pop("fido2_aaguid", UNSET)
        obj.friendly_name = d.pop("friendly_name", UNSET)
        obj.initiating_entity = (
            _convert.parse_enum(CaepCredentialChangeEventInitiatingEntity, v)
            if (v := d.pop("initiating_entity", UNSET)).__class__ is str
            else v
        )
        obj.reason_admin = (
            _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin.from_dict(v)
            if (v := d.pop("reason_admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _caep_credential_change_event_reason_admin.CaepCredentialChangeEventReasonAdmin, v
            )
        )
        obj.reason_user = (
            _caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser.from_dict(v)
            if (v := d.pop("reason_user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_credential_change_event_reason_user.CaepCredentialChangeEventReasonUser, v)
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
