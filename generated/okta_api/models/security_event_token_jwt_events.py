from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import caep_credential_change_event as _caep_credential_change_event
from . import ssf_transmitter_caep_session_revoked_event as _ssf_transmitter_caep_session_revoked_event

if TYPE_CHECKING:
    from typing import Self

    from .caep_credential_change_event import CaepCredentialChangeEvent
    from .ssf_transmitter_caep_session_revoked_event import SsfTransmitterCaepSessionRevokedEvent


def _parse_httpsschemas_openid_netseceventcaepevent_typecredential_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_credential_change_event.CaepCredentialChangeEvent.from_json(v)
            if lazy
            else _caep_credential_change_event.CaepCredentialChangeEvent.from_dict(v)
        )
    return _convert.parse_model(_caep_credential_change_event.CaepCredentialChangeEvent, v)


def _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent.from_json(v)
            if lazy
            else _ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent.from_dict(v)
        )
    return _convert.parse_model(_ssf_transmitter_caep_session_revoked_event.SsfTransmitterCaepSessionRevokedEvent, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "httpsschemas_openid_netseceventcaepevent_typecredential_change": (
            "https://schemas.openid.net/secevent/caep/event-type/credential-change",
            _parse_httpsschemas_openid_netseceventcaepevent_typecredential_change,
        ),
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": (
            "https://schemas.openid.net/secevent/caep/event-type/session-revoked",
            _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked,
        ),
    }

    httpsschemas_openid_netseceventcaepevent_typecredential_change: CaepCredentialChangeEvent | None = _attrs_field(
        init=False
    )
    httpsschemas_openid_netseceventcaepevent_typesession_revoked: SsfTransmitterCaepSessionRevokedEvent | None = (
        _attrs_field(init=False)
    )

    def __init__(
        self,
        *,
        httpsschemas_openid_netseceventcaepevent_typecredential_change: CaepCredentialChangeEvent
        | None
        | Unset = UNSET,
        httpsschemas_openid_netseceventcaepevent_typesession_revoked: SsfTransmitterCaepSessionRevokedEvent
        | None
        | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if httpsschemas_openid_netseceventcaepevent_typecredential_change is not UNSET:
            _set_field(
                self,
                "httpsschemas_openid_netseceventcaepevent_typecredential_change",
                httpsschemas_openid_netseceventcaepevent_typecredential_change,
            )
        if httpsschemas_openid_netseceventcaepevent_typesession_revoked is not UNSET:
            _set_field(
                self,
                "httpsschemas_openid_netseceventcaepevent_typesession_revoked",
                httpsschemas_openid_netseceventcaepevent_typesession_revoked,
            )
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("httpsschemas_openid_netseceventcaepevent_typecredential_change", UNSET)) is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/credential-change"] = _convert.dump_model(
                v, omit_read_only
            )
        if (v := values.get("httpsschemas_openid_netseceventcaepevent_typesession_revoked", UNSET)) is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/session-revoked"] = _convert.dump_model(
                v, omit_read_only
            )
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/credential-change", UNSET)) is not UNSET:
            obj.httpsschemas_openid_netseceventcaepevent_typecredential_change = (
                _parse_httpsschemas_openid_netseceventcaepevent_typecredential_change(v, False)
            )
        if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)) is not UNSET:
            obj.httpsschemas_openid_netseceventcaepevent_typesession_revoked = (
                _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked(v, False)
            )
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
