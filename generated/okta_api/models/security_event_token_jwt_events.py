from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import caep_credential_change_event as _caep_credential_change_event
from . import ssf_transmitter_caep_session_revoked_event as _ssf_transmitter_caep_session_revoked_event

if TYPE_CHECKING:
    from typing import Self

    from .caep_credential_change_event import CaepCredentialChangeEvent
    from .ssf_transmitter_caep_session_revoked_event import SsfTransmitterCaepSessionRevokedEvent


@_attrs_define(kw_only=True)
class SecurityEventTokenJwtEvents(OktaModel):
    """A non-empty set of events. Expected size is 1 for each SET

    Attributes:
        httpsschemas_openid_netseceventcaepevent_typecredential_change (`https://schemas.openid.net/secevent/caep/event-type/credential-change`): The credential was created, changed, revoked or deleted
        httpsschemas_openid_netseceventcaepevent_typesession_revoked (`https://schemas.openid.net/secevent/caep/event-type/session-revoked`): The session of the subject was revoked
    """

    _json_names: ClassVar[dict[str, str]] = {
        "https://schemas.openid.net/secevent/caep/event-type/credential-change": "httpsschemas_openid_netseceventcaepevent_typecredential_change",
        "https://schemas.openid.net/secevent/caep/event-type/session-revoked": "httpsschemas_openid_netseceventcaepevent_typesession_revoked",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "httpsschemas_openid_netseceventcaepevent_typecredential_change": "model",
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "httpsschemas_openid_netseceventcaepevent_typecredential_change": lambda d: (
            _caep_credential_change_event.CaepCredentialChangeEvent.from_json(v)
            if (v := d.get("https://schemas.openid.net/secevent/caep/event-type/credential-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_credential_change_event.CaepCredentialChangeEvent, v)
        ),
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": lambda d: (
            _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent.from_json(v)
            if (v := d.get("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventTokenJwtEvents._json_names),
    }

    httpsschemas_openid_netseceventcaepevent_typecredential_change: CaepCredentialChangeEvent | None | Unset = UNSET
    httpsschemas_openid_netseceventcaepevent_typesession_revoked: (
        SsfTransmitterCaepSessionRevokedEvent | None | Unset
    ) = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.httpsschemas_openid_netseceventcaepevent_typecredential_change is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/credential-change"] = _convert.dump_model(
                self.httpsschemas_openid_netseceventcaepevent_typecredential_change, omit_read_only
            )
        if self.httpsschemas_openid_netseceventcaepevent_typesession_revoked is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/session-revoked"] = _convert.dump_model(
                self.httpsschemas_openid_netseceventcaepevent_typesession_revoked, omit_read_only
            )
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.httpsschemas_openid_netseceventcaepevent_typecredential_change = (
            _caep_credential_change_event.CaepCredentialChangeEvent.from_dict(v)
            if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/credential-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_credential_change_event.CaepCredentialChangeEvent, v)
        )
        obj.httpsschemas_openid_netseceventcaepevent_typesession_revoked = (
            _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent.from_dict(v)
            if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent, v
            )
        )
        obj.additional_properties = d
        return obj
