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
class AdminConsoleSettings(OktaModel):
    """Okta Admin Console Settings

    Settings specific to the Okta Admin Console

    Attributes:
        session_idle_timeout_minutes (`sessionIdleTimeoutMinutes`): The maximum idle time before the Okta Admin Console session expires. Must be no more than
            12 hours.
        session_max_lifetime_minutes (`sessionMaxLifetimeMinutes`): The absolute maximum session lifetime of the Okta Admin Console. Must be no more than 7
            days.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "sessionIdleTimeoutMinutes": "session_idle_timeout_minutes",
        "sessionMaxLifetimeMinutes": "session_max_lifetime_minutes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "session_idle_timeout_minutes": "int",
        "session_max_lifetime_minutes": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "session_idle_timeout_minutes": "sessionIdleTimeoutMinutes",
        "session_max_lifetime_minutes": "sessionMaxLifetimeMinutes",
        "additional_properties": lambda d: _convert.undeclared(d, AdminConsoleSettings._json_names),
    }

    session_idle_timeout_minutes: int | None | Unset = UNSET
    session_max_lifetime_minutes: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.session_idle_timeout_minutes is not UNSET:
            d["sessionIdleTimeoutMinutes"] = self.session_idle_timeout_minutes
        if self.session_max_lifetime_minutes is not UNSET:
            d["sessionMaxLifetimeMinutes"] = self.session_max_lifetime_minutes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.session_idle_timeout_minutes = d.pop("sessionIdleTimeoutMinutes", UNSET)
        obj.session_max_lifetime_minutes = d.pop("sessionMaxLifetimeMinutes", UNSET)
        obj.additional_properties = d
        return obj
