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
        "audience_override": "audienceOverride",
        "default_relay_state": "defaultRelayState",
        "recipient_override": "recipientOverride",
        "sso_acs_url_override": "ssoAcsUrlOverride",
        "additional_properties": lambda d: _convert.undeclared(d, Saml11ApplicationSettingsSignOn._json_names),
    }

    audience_override: str | None | Unset = UNSET
    default_relay_state: str | None | Unset = UNSET
    recipient_override: str | None | Unset = UNSET
    sso_acs_url_override: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.audience_override is not UNSET:
            d["audienceOverride"] = self.audience_override
        if self.default_relay_state is not UNSET:
            d["defaultRelayState"] = self.default_relay_state
        if self.recipient_override is not UNSET:
            d["recipientOverride"] = self.recipient_override
        if self.sso_acs_url_override is not UNSET:
            d["ssoAcsUrlOverride"] = self.sso_acs_url_override
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.audience_override = d.pop("audienceOverride", UNSET)
        obj.default_relay_state = d.pop("defaultRelayState", UNSET)
        obj.recipient_override = d.pop("recipientOverride", UNSET)
        obj.sso_acs_url_override = d.pop("ssoAcsUrlOverride", UNSET)
        obj.additional_properties = d
        return obj
