from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .per_client_rate_limit_mode import PerClientRateLimitMode

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PerClientRateLimitSettingsUseCaseModeOverrides(OktaModel):
    """A map of Per-Client Rate Limit Use Case to the applicable PerClientRateLimitMode. Overrides the
    `defaultMode` property for the specified use cases.

    Attributes:
        login_page (`LOGIN_PAGE`): PerClientRateLimitMode
        oauth2_authorize (`OAUTH2_AUTHORIZE`): PerClientRateLimitMode
        oie_app_intent (`OIE_APP_INTENT`): PerClientRateLimitMode
    """

    _json_names: ClassVar[dict[str, str]] = {
        "LOGIN_PAGE": "login_page",
        "OAUTH2_AUTHORIZE": "oauth2_authorize",
        "OIE_APP_INTENT": "oie_app_intent",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "login_page": "enum",
        "oauth2_authorize": "enum",
        "oie_app_intent": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "login_page": lambda d: (
            _convert.parse_enum(PerClientRateLimitMode, v) if (v := d.get("LOGIN_PAGE", UNSET)).__class__ is str else v
        ),
        "oauth2_authorize": lambda d: (
            _convert.parse_enum(PerClientRateLimitMode, v)
            if (v := d.get("OAUTH2_AUTHORIZE", UNSET)).__class__ is str
            else v
        ),
        "oie_app_intent": lambda d: (
            _convert.parse_enum(PerClientRateLimitMode, v)
            if (v := d.get("OIE_APP_INTENT", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, PerClientRateLimitSettingsUseCaseModeOverrides._json_names
        ),
    }

    login_page: PerClientRateLimitMode | None | Unset = UNSET
    oauth2_authorize: PerClientRateLimitMode | None | Unset = UNSET
    oie_app_intent: PerClientRateLimitMode | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.login_page is not UNSET:
            d["LOGIN_PAGE"] = self.login_page
        if self.oauth2_authorize is not UNSET:
            d["OAUTH2_AUTHORIZE"] = self.oauth2_authorize
        if self.oie_app_intent is not UNSET:
            d["OIE_APP_INTENT"] = self.oie_app_intent
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.login_page = (
            _convert.parse_enum(PerClientRateLimitMode, v) if (v := d.pop("LOGIN_PAGE", UNSET)).__class__ is str else v
        )
        obj.oauth2_authorize = (
            _convert.parse_enum(PerClientRateLimitMode, v)
            if (v := d.pop("OAUTH2_AUTHORIZE", UNSET)).__class__ is str
            else v
        )
        obj.oie_app_intent = (
            _convert.parse_enum(PerClientRateLimitMode, v)
            if (v := d.pop("OIE_APP_INTENT", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
