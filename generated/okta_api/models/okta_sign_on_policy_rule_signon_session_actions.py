from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "max_session_idle_minutes": ("maxSessionIdleMinutes", None),
        "max_session_lifetime_minutes": ("maxSessionLifetimeMinutes", None),
        "use_persistent_cookie": ("usePersistentCookie", None),
    }

    max_session_idle_minutes: int | None = _attrs_field(init=False)
    max_session_lifetime_minutes: int | None = _attrs_field(init=False)
    use_persistent_cookie: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        max_session_idle_minutes: int | None | Unset = UNSET,
        max_session_lifetime_minutes: int | None | Unset = UNSET,
        use_persistent_cookie: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if max_session_idle_minutes is not UNSET:
            _set_field(self, "max_session_idle_minutes", max_session_idle_minutes)
        if max_session_lifetime_minutes is not UNSET:
            _set_field(self, "max_session_lifetime_minutes", max_session_lifetime_minutes)
        if use_persistent_cookie is not UNSET:
            _set_field(self, "use_persistent_cookie", use_persistent_cookie)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("max_session_idle_minutes", UNSET)) is not UNSET:
            d["maxSessionIdleMinutes"] = v
        if (v := values.get("max_session_lifetime_minutes", UNSET)) is not UNSET:
            d["maxSessionLifetimeMinutes"] = v
        if (v := values.get("use_persistent_cookie", UNSET)) is not UNSET:
            d["usePersistentCookie"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("maxSessionIdleMinutes", UNSET)) is not UNSET:
            obj.max_session_idle_minutes = v
        if (v := d.pop("maxSessionLifetimeMinutes", UNSET)) is not UNSET:
            obj.max_session_lifetime_minutes = v
        if (v := d.pop("usePersistentCookie", UNSET)) is not UNSET:
            obj.use_persistent_cookie = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
