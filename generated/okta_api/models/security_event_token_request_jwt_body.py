from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import security_event_token_request_jwt_events as _security_event_token_request_jwt_events

if TYPE_CHECKING:
    from typing import Self

    from .security_event_token_request_jwt_events import SecurityEventTokenRequestJwtEvents


@_attrs_define(kw_only=True)
class SecurityEventTokenRequestJwtBody(OktaModel):
    """Security event token JWT body payload

    JSON web token body payload for a security event token

    Attributes:
        aud: Audience
        events: A non-empty collection of events
        iat: Token issue time (UNIX timestamp)
        iss: Token issuer
        jti: Token ID
    """

    _json_names: ClassVar[dict[str, str]] = {
        "aud": "aud",
        "events": "events",
        "iat": "iat",
        "iss": "iss",
        "jti": "jti",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "aud": "str",
        "events": "model",
        "iat": "int",
        "iss": "str",
        "jti": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "aud": "aud",
        "events": lambda d: (
            _security_event_token_request_jwt_events.SecurityEventTokenRequestJwtEvents.from_json(v)
            if (v := d.get("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_token_request_jwt_events.SecurityEventTokenRequestJwtEvents, v)
        ),
        "iat": "iat",
        "iss": "iss",
        "jti": "jti",
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventTokenRequestJwtBody._json_names),
    }

    aud: str | None | Unset
    events: SecurityEventTokenRequestJwtEvents | None | Unset
    iat: int | None | Unset
    iss: str | None | Unset
    jti: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.aud is not UNSET:
            d["aud"] = self.aud
        if self.events is not UNSET:
            d["events"] = _convert.dump_model(self.events, omit_read_only)
        if self.iat is not UNSET:
            d["iat"] = self.iat
        if self.iss is not UNSET:
            d["iss"] = self.iss
        if self.jti is not UNSET:
            d["jti"] = self.jti
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.aud = d.pop("aud", UNSET)
        obj.events = (
            _security_event_token_request_jwt_events.SecurityEventTokenRequestJwtEvents.from_dict(v)
            if (v := d.pop("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_security_event_token_request_jwt_events.SecurityEventTokenRequestJwtEvents, v)
        )
        obj.iat = d.pop("iat", UNSET)
        obj.iss = d.pop("iss", UNSET)
        obj.jti = d.pop("jti", UNSET)
        obj.additional_properties = d
        return obj
