from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .per_client_rate_limit_mode import PerClientRateLimitMode

if TYPE_CHECKING:
    from typing import Self


_parse_login_page = _convert.enum_parser(PerClientRateLimitMode)

_parse_oauth2_authorize = _convert.enum_parser(PerClientRateLimitMode)

_parse_oie_app_intent = _convert.enum_parser(PerClientRateLimitMode)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "login_page": ("LOGIN_PAGE", _parse_login_page),
        "oauth2_authorize": ("OAUTH2_AUTHORIZE", _parse_oauth2_authorize),
        "oie_app_intent": ("OIE_APP_INTENT", _parse_oie_app_intent),
    }

    login_page: PerClientRateLimitMode | None = _attrs_field(init=False)
    oauth2_authorize: PerClientRateLimitMode | None = _attrs_field(init=False)
    oie_app_intent: PerClientRateLimitMode | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        login_page: PerClientRateLimitMode | None | Unset = UNSET,
        oauth2_authorize: PerClientRateLimitMode | None | Unset = UNSET,
        oie_app_intent: PerClientRateLimitMode | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if login_page is not UNSET:
            _set_field(self, "login_page", login_page)
        if oauth2_authorize is not UNSET:
            _set_field(self, "oauth2_authorize", oauth2_authorize)
        if oie_app_intent is not UNSET:
            _set_field(self, "oie_app_intent", oie_app_intent)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("login_page", UNSET)) is not UNSET:
            d["LOGIN_PAGE"] = v
        if (v := values.get("oauth2_authorize", UNSET)) is not UNSET:
            d["OAUTH2_AUTHORIZE"] = v
        if (v := values.get("oie_app_intent", UNSET)) is not UNSET:
            d["OIE_APP_INTENT"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("LOGIN_PAGE", UNSET)) is not UNSET:
            obj.login_page = _parse_login_page(v, False)
        if (v := d.pop("OAUTH2_AUTHORIZE", UNSET)) is not UNSET:
            obj.oauth2_authorize = _parse_oauth2_authorize(v, False)
        if (v := d.pop("OIE_APP_INTENT", UNSET)) is not UNSET:
            obj.oie_app_intent = _parse_oie_app_intent(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
