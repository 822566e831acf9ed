from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import default_app as _default_app

if TYPE_CHECKING:
    from typing import Self

    from .default_app import DefaultApp


@_attrs_define(kw_only=True)
class Brand(OktaModel):
    """An Okta `Brand`.

    Attributes:
        agree_to_custom_privacy_policy (`agreeToCustomPrivacyPolicy`): Consent for updating the custom privacy URL. Not required when resetting the URL.
        custom_privacy_policy_url (`customPrivacyPolicyUrl`): Custom privacy policy URL
        default_app (`defaultApp`): DefaultApp
        email_domain_id (`emailDomainId`): The ID of the email domain
        id (read-only, never sent): The Brand ID
        is_default (`isDefault`, read-only, never sent): If `true`, the Brand is used for the Okta subdomain
        locale: The language specified as an [IETF BCP 47 language
            tag](https://datatracker.ietf.org/doc/html/rfc5646)
        name: The name of the Brand
        remove_powered_by_okta (`removePoweredByOkta`): Removes "Powered by Okta" from the sign-in page in redirect authentication deployments,
            and "© [current year] Okta, Inc." from the Okta End-User Dashboard
    """

    _json_names: ClassVar[dict[str, str]] = {
        "agreeToCustomPrivacyPolicy": "agree_to_custom_privacy_policy",
        "customPrivacyPolicyUrl": "custom_privacy_policy_url",
        "defaultApp": "default_app",
        "emailDomainId": "email_domain_id",
        "id": "id",
        "isDefault": "is_default",
        "locale": "locale",
        "name": "name",
        "removePoweredByOkta": "remove_powered_by_okta",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "agree_to_custom_privacy_policy": "bool",
        "custom_privacy_policy_url": "str",
        "default_app": "model",
        "email_domain_id": "str",
        "id": "str",
        "is_default": "bool",
        "locale": "str",
        "name": "str",
        "remove_powered_by_okta": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "agree_to_custom_privacy_policy": "agreeToCustomPrivacyPolicy",
        "custom_privacy_policy_url": "customPrivacyPolicyUrl",
        "default_app": lambda d: (
            _default_app.DefaultApp.from_json(v)
            if (v := d.get("defaultApp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_default_app.DefaultApp, v)
        ),
        "email_domain_id": "emailDomainId",
        "id": "id",
        "is_default": "isDefault",
        "locale": "locale",
        "name": "name",
        "remove_powered_by_okta": "removePoweredByOkta",
        "additional_properties": lambda d: _convert.undeclared(d, Brand._json_names),
    }

    agree_to_custom_privacy_policy: bool | None | Unset = UNSET
    custom_privacy_policy_url: str | None | Unset = UNSET
    default_app: DefaultApp | None | Unset = UNSET
    email_domain_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    remove_powered_by_okta: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.agree_to_custom_privacy_policy is not UNSET:
            d["agreeToCustomPrivacyPolicy"] = self.agree_to_custom_privacy_policy
        if self.custom_privacy_policy_url is not UNSET:
            d["customPrivacyPolicyUrl"] = self.custom_privacy_policy_url
        if self.default_app is not UNSET:
            d["defaultApp"] = _convert.dump_model(self.default_app, omit_read_only)
        if self.email_domain_id is not UNSET:
            d["emailDomainId"] = self.email_domain_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_default is not UNSET and not omit_read_only:
            d["isDefault"] = self.is_default
        if self.locale is not UNSET:
            d["locale"] = self.locale
        if self.name is not UNSET:
            d["name"] = self.name
        if self.remove_powered_by_okta is not UNSET:
            d["removePoweredByOkta"] = self.remove_powered_by_okta
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.agree_to_custom_privacy_policy = d.pop("agreeToCustomPrivacyPolicy", UNSET)
        obj.custom_privacy_policy_url = d.pop("customPrivacyPolicyUrl", UNSET)
        obj.default_app = (
            _default_app.DefaultApp.from_dict(v)
            if (v := d.pop("defaultApp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_default_app.DefaultApp, v)
        )
        obj.email_domain_id = d.pop("emailDomainId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.is_default = d.pop("isDefault", UNSET)
        obj.locale = d.pop("locale", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.remove_powered_by_okta = d.pop("removePoweredByOkta", UNSET)
        obj.additional_properties = d
        return obj
