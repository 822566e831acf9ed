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
class Saml11ApplicationSettingsSignOn(OktaModel):
    """SAML 1.1 settings

    SAML 1.1 sign-on mode attributes

    Attributes:
        audience_override (`audienceOverride`): The intended audience of the SAML assertion. This is usually the Entity ID of your
            application.
        default_relay_state (`defaultRelayState`): The URL of the resource to direct users after they successfully sign in to the SP using
            SAML. See the SP documentation to check if you need to specify a RelayState. In most
            instances, you can leave this field blank.
        recipient_override (`recipientOverride`): The location where the application can present the SAML assertion. This is usually the
            Single Sign-On (SSO) URL.
        sso_acs_url_override (`ssoAcsUrlOverride`): Assertion Consumer Services (ACS) URL value for the Service Provider (SP). This URL is
            always used for Identity Provider (IdP) initiated sign-on requests.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "audienceOverride": "audience_override",
        "defaultRelayState": "default_relay_state",
        "recipientOverride": "recipient_override",
        "ssoAcsUrlOverride": "sso_acs_url_override",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "audience_override": "str",
        "default_relay_state": "str",
        "recipient_override": "str",
        "sso_acs_url_override": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "audience_override": ("audienceOverride", None),
        "default_relay_state": ("defaultRelayState", None),
        "recipient_override": ("recipientOverride", None),
        "sso_acs_url_override": ("ssoAcsUrlOverride", None),
    }

    audience_override: str | None = _attrs_field(init=False)
    default_relay_state: str | None = _attrs_field(init=False)
    recipient_override: str | None = _attrs_field(init=False)
    sso_acs_url_override: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        audience_override: str | None | Unset = UNSET,
        default_relay_state: str | None | Unset = UNSET,
        recipient_override: str | None | Unset = UNSET,
        sso_acs_url_override: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if audience_override is not UNSET:
            _set_field(self, "audience_override", audience_override)
        if default_relay_state is not UNSET:
            _set_field(self, "default_relay_state", default_relay_state)
        if recipient_override is not UNSET:
            _set_field(self, "recipient_override", recipient_override)
        if sso_acs_url_override is not UNSET:
            _set_field(self, "sso_acs_url_override", sso_acs_url_override)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("audience_override", UNSET)) is not UNSET:
            d["audienceOverride"] = v
        if (v := values.get("default_relay_state", UNSET)) is not UNSET:
            d["defaultRelayState"] = v
        if (v := values.get("recipient_override", UNSET)) is not UNSET:
            d["recipientOverride"] = v
        if (v := values.get("sso_acs_url_override", UNSET)) is not UNSET:
            d["ssoAcsUrlOverride"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("audienceOverride", UNSET)) is not UNSET:
            obj.audience_override = v
        if (v := d.pop("defaultRelayState", UNSET)) is not UNSET:
            obj.default_relay_state = v
        if (v := d.pop("recipientOverride", UNSET)) is not UNSET:
            obj.recipient_override = v
        if (v := d.pop("ssoAcsUrlOverride", UNSET)) is not UNSET:
            obj.sso_acs_url_override = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
