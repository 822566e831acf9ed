from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import security_event_token_jwt_events as _security_event_token_jwt_events

if TYPE_CHECKING:
    from typing import Self

    from .security_event_token_jwt_events import SecurityEventTokenJwtEvents


def _parse_events(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _security_event_token_jwt_events.SecurityEventTokenJwtEvents.from_json(v)
            if lazy
            else _security_event_token_jwt_events.SecurityEventTokenJwtEvents.from_dict(v)
        )
    return _convert.parse_model(_security_event_token_jwt_events.SecurityEventTokenJwtEvents, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SecurityEventTokenJwtBody(OktaModel):
    """Security event token JWT body payload

    JSON web token body payload for a security event token sent by the SSF transmitter. For examples and
    more information, see [SSF Transmitter SET payload
    structures](https://developer.okta.com/docs/reference/ssf-transmitter-sets).

    Attributes:
        aud: Audience
        events: A non-empty set of events. Expected size is 1 for each SET
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
        "aud": ("aud", None),
        "events": ("events", _parse_events),
        "iat": ("iat", None),
        "iss": ("iss", None),
        "jti": ("jti", None),
    }

    aud: str | None = _attrs_field(init=False)
    events: SecurityEventTokenJwtEvents | None = _attrs_field(init=False)
    iat: int | None = _attrs_field(init=False)
    iss: str | None = _attrs_field(init=False)
    jti: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        aud: str | None | Unset,
        events: SecurityEventTokenJwtEvents | None | Unset,
        iat: int | None | Unset,
        iss: str | None | Unset,
        jti: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if aud is not UNSET:
            _set_field(self, "aud", aud)
        if events is not UNSET:
            _set_field(self, "events", events)
        if iat is not UNSET:
            _set_field(self, "iat", iat)
        if iss is not UNSET:
            _set_field(self, "iss", iss)
        if jti is not UNSET:
            _set_field(self, "jti", jti)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("aud", UNSET)) is not UNSET:
            d["aud"] = v
        if (v := values.get("events", UNSET)) is not UNSET:
            d["events"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("iat", UNSET)) is not UNSET:
            d["iat"] = v
        if (v := values.get("iss", UNSET)) is not UNSET:
            d["iss"] = v
        if (v := values.get("jti", UNSET)) is not UNSET:
            d["jti"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("aud", UNSET)) is not UNSET:
            obj.aud = v
        if (v := d.pop("events", UNSET)) is not UNSET:
            obj.events = _parse_events(v, False)
        if (v := d.pop("iat", UNSET)) is not UNSET:
            obj.iat = v
        if (v := d.pop("iss", UNSET)) is not UNSET:
            obj.iss = v
        if (v := d.pop("jti", UNSET)) is not UNSET:
            obj.jti = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
