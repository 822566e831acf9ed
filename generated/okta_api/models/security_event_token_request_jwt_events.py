from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "httpsschemas_okta_comseceventoktaevent_typedevice_risk_change": lambda d: (
            _okta_device_risk_change_event.OktaDeviceRiskChangeEvent.from_json(v)
            if (v := d.get("https://schemas.okta.com/secevent/okta/event-type/device-risk-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_device_risk_change_event.OktaDeviceRiskChangeEvent, v)
        ),
        "httpsschemas_okta_comseceventoktaevent_typeip_change": lambda d: (
            _okta_ip_change_event.OktaIpChangeEvent.from_json(v)
            if (v := d.get("https://schemas.okta.com/secevent/okta/event-type/ip-change", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event.OktaIpChangeEvent, v)
        ),
        "httpsschemas_okta_comseceventoktaevent_typeuser_risk_change": lambda d: (
            _okta_user_risk_change_event.OktaUserRiskChangeEvent.from_json(v)
            if (v := d.get("https://schemas.okta.com/secevent/okta/event-type/user-risk-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_user_risk_change_event.OktaUserRiskChangeEvent, v)
        ),
        "httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change": lambda d: (
            _caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent.from_json(v)
            if (
                v := d.get("https://schemas.openid.net/secevent/caep/event-type/device-compliance-change", UNSET)
            ).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent, v)
        ),
        "httpsschemas_openid_netseceventcaepevent_typesession_revoked": lambda d: (
            _caep_session_revoked_event.CaepSessionRevokedEvent.from_json(v)
            if (v := d.get("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_session_revoked_event.CaepSessionRevokedEvent, v)
        ),
        "httpsschemas_openid_netseceventriscevent_typeidentifier_changed": lambda d: (
            _risc_identifier_changed_event.RiscIdentifierChangedEvent.from_json(v)
            if (v := d.get("https://schemas.openid.net/secevent/risc/event-type/identifier-changed", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risc_identifier_changed_event.RiscIdentifierChangedEvent, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventTokenRequestJwtEvents._json_names),
    }

    httpsschemas_okta_comseceventoktaevent_typedevice_risk_change: OktaDeviceRiskChangeEvent | None | Unset = UNSET
    httpsschemas_okta_comseceventoktaevent_typeip_change: OktaIpChangeEvent | None | Unset = UNSET
    httpsschemas_okta_comseceventoktaevent_typeuser_risk_change: OktaUserRiskChangeEvent | None | Unset = UNSET
    httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change: (
        CaepDeviceComplianceChangeEvent | None | Unset
    ) = UNSET
    httpsschemas_openid_netseceventcaepevent_typesession_revoked: CaepSessionRevokedEvent | None | Unset = UNSET
    httpsschemas_openid_netseceventriscevent_typeidentifier_changed: RiscIdentifierChangedEvent | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.httpsschemas_okta_comseceventoktaevent_typedevice_risk_change is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/device-risk-change"] = _convert.dump_model(
                self.httpsschemas_okta_comseceventoktaevent_typedevice_risk_change, omit_read_only
            )
        if self.httpsschemas_okta_comseceventoktaevent_typeip_change is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/ip-change"] = _convert.dump_model(
                self.httpsschemas_okta_comseceventoktaevent_typeip_change, omit_read_only
            )
        if self.httpsschemas_okta_comseceventoktaevent_typeuser_risk_change is not UNSET:
            d["https://schemas.okta.com/secevent/okta/event-type/user-risk-change"] = _convert.dump_model(
                self.httpsschemas_okta_comseceventoktaevent_typeuser_risk_change, omit_read_only
            )
        if self.httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/device-compliance-change"] = _convert.dump_model(
                self.httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change, omit_read_only
            )
        if self.httpsschemas_openid_netseceventcaepevent_typesession_revoked is not UNSET:
            d["https://schemas.openid.net/secevent/caep/event-type/session-revoked"] = _convert.dump_model(
                self.httpsschemas_openid_netseceventcaepevent_typesession_revoked, omit_read_only
            )
        if self.httpsschemas_openid_netseceventriscevent_typeidentifier_changed is not UNSET:
            d["https://schemas.openid.net/secevent/risc/event-type/identifier-changed"] = _convert.dump_model(
                self.httpsschemas_openid_netseceventriscevent_typeidentifier_changed, omit_read_only
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
        obj.httpsschemas_okta_comseceventoktaevent_typedevice_risk_change = (
            _okta_device_risk_change_event.OktaDeviceRiskChangeEvent.from_dict(v)
            if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/device-risk-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_device_risk_change_event.OktaDeviceRiskChangeEvent, v)
        )
        obj.httpsschemas_okta_comseceventoktaevent_typeip_change = (
            _okta_ip_change_event.OktaIpChangeEvent.from_dict(v)
            if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/ip-change", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_ip_change_event.OktaIpChangeEvent, v)
        )
        obj.httpsschemas_okta_comseceventoktaevent_typeuser_risk_change = (
            _okta_user_risk_change_event.OktaUserRiskChangeEvent.from_dict(v)
            if (v := d.pop("https://schemas.okta.com/secevent/okta/event-type/user-risk-change", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_user_risk_change_event.OktaUserRiskChangeEvent, v)
        )
        obj.httpsschemas_openid_netseceventcaepevent_typedevice_compliance_change = (
            _caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent.from_dict(v)
            if (
                v := d.pop("https://schemas.openid.net/secevent/caep/event-type/device-compliance-change", UNSET)
            ).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_device_compliance_change_event.CaepDeviceComplianceChangeEvent, v)
        )
        obj.httpsschemas_openid_netseceventcaepevent_typesession_revoked = (
            _caep_session_revoked_event.CaepSessionRevokedEvent.from_dict(v)
            if (v := d.pop("https://schemas.openid.net/secevent/caep/event-type/session-revoked", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_caep_session_revoked_event.CaepSessionRevokedEvent, v)
        )
        obj.httpsschemas_openid_netseceventriscevent_typeidentifier_changed = (
            _risc_identifier_changed_event.RiscIdentifierChangedEvent.from_dict(v)
            if (v := d.pop("https://schemas.openid.net/secevent/risc/event-type/identifier-changed", UNSET)).__class__
            is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risc_identifier_changed_event.RiscIdentifierChangedEvent, v)
        )
        obj.additional_properties = d
        return obj
