from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import caep_device_compliance_change_event as _caep_device_compliance_change_event
from . import caep_session_revoked_event as _caep_session_revoked_event
from . import okta_device_risk_change_event as _okta_device_risk_change_event
from . import okta_ip_change_event as _okta_ip_change_event
from . import okta_user_risk_change_event as _okta_user_risk_change_event
from . import risc_identifier_changed_event as _risc_identifier_changed_event

if TYPE_CHECKING:
    from typing import Self

    from .caep_device_compliance_change_event import CaepDeviceComplianceChangeEvent
    from .caep_session_revoked_event import CaepSessionRevokedEvent
    from .okta_device_risk_change_event import OktaDeviceRiskChangeEvent
    from .okta_ip_change_event import OktaIpChangeEvent
    from .okta_user_risk_change_event import OktaUserRiskChangeEvent
    from .risc_identifier_changed_event import RiscIdentifierChangedEvent


def _parse_httpsschemas_okta_comseceventoktaevent_typedevice_risk_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_device_risk_change_event.OktaDeviceRiskChangeEvent.from_json(v)
            if lazy
            else _okta_device_risk_change_event.OktaDeviceRiskChangeEvent.from_dict(v)
        )
    return _convert.parse_model(_okta_device_risk_change_event.OktaDeviceRiskChangeEvent, v)


def _parse_httpsschemas_okta_comseceventoktaevent_typeip_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_ip_change_event.OktaIpChangeEvent.from_json(v)
            if lazy
            else _okta_ip_change_event.OktaIpChangeEvent.from_dict(v)
        )
    return _convert.parse_model(_okta_ip_change_event.OktaIpChangeEvent, v)


def _parse_httpsschemas_okta_comseceventoktaevent_typeuser_risk_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_user_risk_change_event.OktaUserRiskChangeEvent.from_json(v)
            if lazy
            else _okta_user_risk_change_event.OktaUserRiskChangeEvent.from_dict(v)
        )
    return _convert.parse_model(_okta_user_risk_change_event.OktaUserRiskChangeEvent, v)


def _parse_httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent.from_json(v)
            if lazy
            else _caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent.from_dict(v)
        )
    return _convert.parse_model(_caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent, v)


def _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _caep_session_revoked_event.CaepSessionRevokedEvent.from_json(v)
            if lazy
            else _caep_session_revoked_event.CaepSessionRevokedEvent.from_dict(v)
        )
    return _convert.parse_model(_caep_session_revoked_event.CaepSessionRevokedEvent, v)


def _parse_httpsschemas_openid_netseceventriscevent_typeidentifier_changed(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _risc_identifier_changed_event.RiscIdentifierChangedEvent.from_json(v)
            if lazy
            else _risc_identifier_changed_event.RiscIdentifierChangedEvent.from_dict(v)
        )
    return _convert.parse_model(_risc_identifier_changed_event.RiscIdentifierChangedEvent, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SecurityEventTokenRequestJwtEvents(OktaModel):
    """A non-empty collection of events

    Attributes:
        httpsschemas_okta_comseceventoktaevent_typedevice_risk_change (`https://schemas.okta.com/secevent/okta/event-type/device-risk-change`): The device risk level changed
        httpsschemas_okta_comseceventoktaevent_typeip_change (`https://schemas.okta.com/secevent/okta/event-type/ip-change`): IP changed for the subject's session
        httpsschemas_okta_comseceventoktaevent_typeuser_risk_change (`https://schemas.okta.com/secevent/okta/event-type/user-risk-change`): The user risk level changed
        httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change (`https://schemas.openid.net/secevent/caep/event-type/device-compliance-change`): The subject's device compliance was revoked
        httpsschemas_openid_netseceventcaepevent_typesession_revoked (`https://schemas.openid.net/secevent/caep/event-type/session-revoked`): The session of the subject was revoked
        httpsschemas_openid_netseceventriscevent_typeidentifier_changed (`https://schemas.openid.net/secevent/risc/event-type/identifier-changed`): The subject's identifier has changed, which is either an email address or a phone number
            change
    """

    _json_names: ClassVar[dict[str, str]] = {
        "https://schemas.okta.com/secevent/okta/event-type/device-risk-change": "httpsschemas_okta_comseceventoktaevent_typedevice_risk_change",
        "https://schemas.okta.com/secevent/okta/event-type/ip-change": "httpsschemas_okta_comseceventoktaevent_typeip_change",
        "https://schemas.okta.com/secevent/okta/event-type/user-risk-change": "httpsschemas_okta_comseceventoktaevent_typeuser_risk_change",
        "https://schemas.openid.net/secevent/caep/event-type/device-compliance-change": "httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change",
        "https://schemas.openid.net/secevent/caep/event-type/session-revoked": "httpsschemas_openid_netseceventcaepevent_typesession_revoked",
        "https://schemas.openid.net/secevent/risc/event-type/identifier-changed": "httpsschemas_openid_netseceventriscevent_typeidentifier_changed",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "httpsschemas_okta_comseceventoktaevent_typedevice_risk_change": "model",
        "httpsschemas_okta_comseceventoktaevent_typeip_change": "model",
        "httpsschemas_okta_comseceventoktaevent_typeuser_risk_change": "model",
        "httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change": "model",
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": "model",
        "httpsschemas_openid_netseceventriscevent_typeidentifier_changed": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "httpsschemas_okta_comseceventoktaevent_typedevice_risk_change": (
            "https://schemas.okta.com/secevent/okta/event-type/device-risk-change",
            _parse_httpsschemas_okta_comseceventoktaevent_typedevice_risk_change,
        ),
        "httpsschemas_okta_comseceventoktaevent_typeip_change": (
            "https://schemas.okta.com/secevent/okta/event-type/ip-change",
            _parse_httpsschemas_okta_comseceventoktaevent_typeip_change,
        ),
        "httpsschemas_okta_comseceventoktaevent_typeuser_risk_change": (
            "https://schemas.okta.com/secevent/okta/event-type/user-risk-change",
            _parse_httpsschemas_okta_comseceventoktaevent_typeuser_risk_change,
        ),
        "httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change": (
            "https://schemas.openid.net/secevent/caep/event-type/device-compliance-change",
            _parse_httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change,
        ),
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": (
            "https://schemas.openid.net/secevent/caep/event-type/session-revoked",
            _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked,
        ),
        "httpsschemas_openid_netseceventriscevent_typeidentifier_changed": (
            "https://schemas.openid.net/secevent/risc/event-type/identifier-changed",
            _parse_httpsschemas_openid_netseceventriscevent_typeidentifier_changed,
        ),
    }

    httpsschemas_okta_comseceventoktaevent_typedevice_risk_change: OktaDeviceRiskChangeEvent | None = _attrs_field(
        init=False
    )
    httpsschemas_okta_comseceventoktaevent_typeip_change: OktaIpChangeEvent | None = _attrs_field(init=False)
    httpsschemas_okta_comseceventoktaevent_typeuser_risk_change: OktaUserRiskChangeEvent | None = _attrs_field(
        init=False
    )
    httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change: CaepDeviceComplianceChangeEvent | None = (
        _attrs_field(init=False)
    )
    httpsschemas_openid_netseceventcaepevent_typesession_revoked: CaepSessionRevokedEvent | None = _attrs_field(
        init=False
    )
    httpsschemas_openid_netseceventriscevent_typeidentifier_changed: RiscIdentifierChangedEvent | None = _attrs_field(
        init=False
    )

    def __init__(
        self,
        *,
        httpsschemas_okta_comseceventoktaevent_typedevice_risk_change: OktaDeviceRiskChangeEvent | None | Unset = UNSET,
        httpsschemas_okta_comseceventoktaevent_typeip_change: OktaIpChangeEvent | None | Unset = UNSET,
        httpsschemas_okta_comseceventoktaevent_typeuser_risk_change: OktaUserRiskChangeEvent | None | Unset = UNSET,
        httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change: CaepDeviceComplianceChangeEvent
        | None
        | Unset = UNSET,
        httpsschemas_openid_netseceventcaepevent_typesession_revoked: CaepSessionRevokedEvent | None | Unset = UNSET,
        httpsschemas_openid_netseceventriscevent_typeidentifier_changed: RiscIdentifierChangedEvent
        | None
        | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if httpsschemas_okta_comseceventoktaevent_typedevice_risk_change is not UNSET:
            _set_field(
                self,
                "httpsschemas_okta_comseceventoktaevent_typedevice_risk_change",
                httpsschemas_okta_comseceventoktaevent_typedevice_risk_change,
            )
        if httpsschemas_okta_comseceventoktaevent_typeip_change is not UNSET:
            _set_field(
                self,
                "httpsschemas_okta_comseceventoktaevent_typeip_change",
                httpsschemas_okta_comseceventoktaevent_typeip_change,
            )
        if httpsschemas_okta_comseceventoktaevent_typeuser_risk_change is not UNSET:
            _set_field(
                self,
                "httpsschemas_okta_comseceventoktaevent_typeuser_risk_change",
                httpsschemas_okta_comseceventoktaevent_typeuser_risk_change,
            )
        if httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change is not UNSET:
            _set_field(
                self,
                "httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change",
                httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change,
            )
        if httpsschemas_openid_netseceventcaepevent_typesession_revoked is not UNSET:
            _set_field(
                self,
                "httpsschemas_openid_netseceventcaepevent_typesession_revoked",
                httpsschemas_openid_netseceventcaepevent_typesession_revoked,
            )
        if httpsschemas_openid_netseceventriscevent_typeidentifier_changed is not UNSET:
            _set_field(
                self,
                "httpsschemas_openid_netseceventriscevent_typeidentifier_changed",
                httpsschemas_openid_netseceventriscevent_typeidentifier_changed,
            )
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("httpsschemas_okta_comseceventoktaevent_typedevice_risk_change", UNSET)) is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/device-risk-change"] = _convert.dump_model(
                v, omit_read_only
            )
        if (v := values.get("httpsschemas_okta_comseceventoktaevent_typeip_change", UNSET)) is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/ip-change"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("httpsschemas_okta_comseceventoktaevent_typeuser_risk_change", UNSET)) is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/user-risk-change"] = _convert.dump_model(
                v, omit_read_only
            )
        if (
            v := values.get("httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change", UNSET)
        ) is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/device-compliance-change"] = _convert.dump_model(
                v, omit_read_only
            )
        if (v := values.get("httpsschemas_openid_netseceventcaepevent_typesession_revoked", UNSET)) is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/session-revoked"] = _convert.dump_model(
                v, omit_read_only
            )
        if (v := values.get("httpsschemas_openid_netseceventriscevent_typeidentifier_changed", UNSET)) is not UNSET:
            d["https://schemas.openid.net/secevent/risc/event-type/identifier-changed"] = _convert.dump_model(
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
        if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/device-risk-change", UNSET)) is not UNSET:
            obj.httpsschemas_okta_comseceventoktaevent_typedevice_risk_change = (
                _parse_httpsschemas_okta_comseceventoktaevent_typedevice_risk_change(v, False)
            )
        if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/ip-change", UNSET)) is not UNSET:
            obj.httpsschemas_okta_comseceventoktaevent_typeip_change = (
                _parse_httpsschemas_okta_comseceventoktaevent_typeip_change(v, False)
            )
        if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/user-risk-change", UNSET)) is not UNSET:
            obj.httpsschemas_okta_comseceventoktaevent_typeuser_risk_change = (
                _parse_httpsschemas_okta_comseceventoktaevent_typeuser_risk_change(v, False)
            )
        if (
            v := d.pop("https://schemas.openid.net/secevent/caep/event-type/device-compliance-change", UNSET)
        ) is not UNSET:
            obj.httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change = (
                _parse_httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change(v, False)
            )
        if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)) is not UNSET:
            obj.httpsschemas_openid_netseceventcaepevent_typesession_revoked = (
                _parse_httpsschemas_openid_netseceventcaepevent_typesession_revoked(v, False)
            )
        if (v := d.pop("https://schemas.openid.net/secevent/risc/event-type/identifier-changed", UNSET)) is not UNSET:
            obj.httpsschemas_openid_netseceventriscevent_typeidentifier_changed = (
                _parse_httpsschemas_openid_netseceventriscevent_typeidentifier_changed(v, False)
            )
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
