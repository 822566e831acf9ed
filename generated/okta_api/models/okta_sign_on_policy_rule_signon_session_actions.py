from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OktaSignOnPolicyRuleSignonSessionActions(OktaModel):
    """Properties governing the user's session lifetime

    Attributes:
        max_session_idle_minutes (`maxSessionIdleMinutes`): Maximum number of minutes that a user session can be idle before the session is ended
        max_session_lifetime_minutes (`maxSessionLifetimeMinutes`): Maximum number of minutes (from when the user signs in) that a user's session is active.
            Set this to force users to sign in again after the number of specified minutes. Disable by
            setting to `0`.
        use_persistent_cookie (`usePersistentCookie`): If set to `false`, user session cookies only last the length of a browser session. If set
            to `true`, user session cookies last across browser sessions. This setting doesn't impact
            administrators who can never have persistent session cookies. This property is read-only
            for the default rule of the default global session policy.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "maxSessionIdleMinutes": "max_session_idle_minutes",
        "maxSessionLifetimeMinutes": "max_session_lifetime_minutes",
        "usePersistentCookie": "use_persistent_cookie",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "max_session_idle_minutes": "int",
        "max_session_lifetime_minutes": "int",
        "use_persistent_cookie": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "max_session_idle_minutes": "maxSessionIdleMinutes",
        "max_session_lifetime_minutes": "maxSessionLifetimeMinutes",
        "use_persistent_cookie": "usePersistentCookie",
        "additional_properties": lambda d: _convert.undeclared(d, OktaSignOnPolicyRuleSignonSessionActions._json_names),
    }

    max_session_idle_minutes: int | None | Unset = UNSET
    max_session_lifetime_minutes: int | None | Unset = UNSET
    use_persistent_cookie: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.max_session_idle_minutes is not UNSET:
            d["maxSessionIdleMinutes"] = self.max_session_idle_minutes
        if self.max_session_lifetime_minutes is not UNSET:
            d["maxSessionLifetimeMinutes"] = self.max_session_lifetime_minutes
        if self.use_persistent_cookie is not UNSET:
            d["usePersistentCookie"] = self.use_persistent_cookie
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.max_session_idle_minutes = d.pop("maxSessionIdleMinutes", UNSET)
        obj.max_session_lifetime_minutes = d.pop("maxSessionLifetimeMinutes", UNSET)
        obj.use_persistent_cookie = d.pop("usePersistentCookie", UNSET)
        obj.additional_properties = d
        return obj
