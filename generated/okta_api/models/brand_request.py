from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import default_app as _default_app

if TYPE_CHECKING:
    from typing import Self

    from .default_app import DefaultApp


def _parse_default_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _default_app.DefaultApp.from_json(v) if lazy else _default_app.DefaultApp.from_dict(v)
    return _convert.parse_model(_default_app.DefaultApp, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BrandRequest(OktaModel):
    """An Okta `BrandRequest`.

    Attributes:
        name: The name of the brand

            > **Note:** You can't use the reserved `DRAPP_DOMAIN_BRAND` name.
        agree_to_custom_privacy_policy (`agreeToCustomPrivacyPolicy`): Consent for updating the custom privacy URL. Not required when resetting the URL.
        custom_privacy_policy_url (`customPrivacyPolicyUrl`): Custom privacy policy URL
        default_app (`defaultApp`): DefaultApp
        email_domain_id (`emailDomainId`): The ID of the email domain
        locale: The language specified as an [IETF BCP 47 language
            tag](https://datatracker.ietf.org/doc/html/rfc5646)
        remove_powered_by_okta (`removePoweredByOkta`): Removes "Powered by Okta" from the sign-in page in redirect authentication deployments,
            and "© [current year] Okta, Inc." from the Okta End-User Dashboard
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "agreeToCustomPrivacyPolicy": "agree_to_custom_privacy_policy",
        "customPrivacyPolicyUrl": "custom_privacy_policy_url",
        "defaultApp": "default_app",
        "emailDomainId": "email_domain_id",
        "locale": "locale",
        "removePoweredByOkta": "remove_powered_by_okta",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "agree_to_custom_privacy_policy": "bool",
        "custom_privacy_policy_url": "str",
        "default_app": "model",
        "email_domain_id": "str",
        "locale": "str",
        "remove_powered_by_okta": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "agree_to_custom_privacy_policy": ("agreeToCustomPrivacyPolicy", None),
        "custom_privacy_policy_url": ("customPrivacyPolicyUrl", None),
        "default_app": ("defaultApp", _parse_default_app),
        "email_domain_id": ("emailDomainId", None),
        "locale": ("locale", None),
        "remove_powered_by_okta": ("removePoweredByOkta", None),
    }

    name: str | None = _attrs_field(init=False)
    agree_to_custom_privacy_policy: bool | None = _attrs_field(init=False)
    custom_privacy_policy_url: str | None = _attrs_field(init=False)
    default_app: DefaultApp | None = _attrs_field(init=False)
    email_domain_id: str | None = _attrs_field(init=False)
    locale: str | None = _attrs_field(init=False)
    remove_powered_by_okta: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        agree_to_custom_privacy_policy: bool | None | Unset = UNSET,
        custom_privacy_policy_url: str | None | Unset = UNSET,
        default_app: DefaultApp | None | Unset = UNSET,
        email_domain_id: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        remove_powered_by_okta: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if agree_to_custom_privacy_policy is not UNSET:
            _set_field(self, "agree_to_custom_privacy_policy", agree_to_custom_privacy_policy)
        if custom_privacy_policy_url is not UNSET:
            _set_field(self, "custom_privacy_policy_url", custom_privacy_policy_url)
        if default_app is not UNSET:
            _set_field(self, "default_app", default_app)
        if email_domain_id is not UNSET:
            _set_field(self, "email_domain_id", email_domain_id)
        if locale is not UNSET:
            _set_field(self, "locale", locale)
        if remove_powered_by_okta is not UNSET:
            _set_field(self, "remove_powered_by_okta", remove_powered_by_okta)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("agree_to_custom_privacy_policy", UNSET)) is not UNSET:
            d["agreeToCustomPrivacyPolicy"] = v
        if (v := values.get("custom_privacy_policy_url", UNSET)) is not UNSET:
            d["customPrivacyPolicyUrl"] = v
        if (v := values.get("default_app", UNSET)) is not UNSET:
            d["defaultApp"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("email_domain_id", UNSET)) is not UNSET:
            d["emailDomainId"] = v
        if (v := values.get("locale", UNSET)) is not UNSET:
            d["locale"] = v
        if (v := values.get("remove_powered_by_okta", UNSET)) is not UNSET:
            d["removePoweredByOkta"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("agreeToCustomPrivacyPolicy", UNSET)) is not UNSET:
            obj.agree_to_custom_privacy_policy = v
        if (v := d.pop("customPrivacyPolicyUrl", UNSET)) is not UNSET:
            obj.custom_privacy_policy_url = v
        if (v := d.pop("defaultApp", UNSET)) is not UNSET:
            obj.default_app = _parse_default_app(v, False)
        if (v := d.pop("emailDomainId", UNSET)) is not UNSET:
            obj.email_domain_id = v
        if (v := d.pop("locale", UNSET)) is not UNSET:
            obj.locale = v
        if (v := d.pop("removePoweredByOkta", UNSET)) is not UNSET:
            obj.remove_powered_by_okta = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
