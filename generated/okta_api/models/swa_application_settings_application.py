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
class SwaApplicationSettingsApplication(OktaModel):
    """An Okta `SwaApplicationSettingsApplication`.

    Attributes:
        button_field (`buttonField`): CSS selector for the **Sign-In** button in the sign-in form (for SWA apps with the
            `template_swa` app name definition)
        password_field (`passwordField`): CSS selector for the **Password** field in the sign-in form (for SWA apps with the
            `template_swa` app name definition)
        url: The URL of the sign-in page for this app (for SWA apps with the `template_swa` app name
            definition)
        username_field (`usernameField`): CSS selector for the **Username** field in the sign-in form (for SWA apps with the
            `template_swa` app name definition)
        button_selector (`buttonSelector`): CSS selector for the **Sign-In**  button in the sign-in form (for three-field SWA apps
            with the `template_swa3field` app name definition)
        extra_field_selector (`extraFieldSelector`): Enter the CSS selector for the extra field (for three-field SWA apps with the
            `template_swa3field` app name definition).
        extra_field_value (`extraFieldValue`): Enter the value for the extra field in the form (for three-field SWA apps with the
            `template_swa3field` app name definition).
        login_url_regex (`loginUrlRegex`): A regular expression that further restricts targetURL to the specified regular expression
        password_selector (`passwordSelector`): CSS selector for the **Password** field in the sign-in form (for three-field SWA apps with
            the `template_swa3field` app name definition)
        target_url (`targetURL`): The URL of the sign-in page for this app (for three-field SWA apps with the
            `template_swa3field` app name definition)
        user_name_selector (`userNameSelector`): CSS selector for the **Username** field in the sign-in form (for three-field SWA apps with
            the `template_swa3field` app name definition)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "buttonField": "button_field",
        "passwordField": "password_field",
        "url": "url",
        "usernameField": "username_field",
        "buttonSelector": "button_selector",
        "extraFieldSelector": "extra_field_selector",
        "extraFieldValue": "extra_field_value",
        "loginUrlRegex": "login_url_regex",
        "passwordSelector": "password_selector",
        "targetURL": "target_url",
        "userNameSelector": "user_name_selector",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "button_field": "str",
        "password_field": "str",
        "url": "str",
        "username_field": "str",
        "button_selector": "str",
        "extra_field_selector": "str",
        "extra_field_value": "str",
        "login_url_regex": "str",
        "password_selector": "str",
        "target_url": "str",
        "user_name_selector": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "button_field": "buttonField",
        "password_field": "passwordField",
        "url": "url",
        "username_field": "usernameField",
        "button_selector": "buttonSelector",
        "extra_field_selector": "extraFieldSelector",
        "extra_field_value": "extraFieldValue",
        "login_url_regex": "loginUrlRegex",
        "password_selector": "passwordSelector",
        "target_url": "targetURL",
        "user_name_selector": "userNameSelector",
        "additional_properties": lambda d: _convert.undeclared(d, SwaApplicationSettingsApplication._json_names),
    }

    button_field: str | None | Unset
    password_field: str | None | Unset
    url: str | None | Unset
    username_field: str | None | Unset
    button_selector: str | None | Unset = UNSET
    extra_field_selector: str | None | Unset = UNSET
    extra_field_value: str | None | Unset = UNSET
    login_url_regex: str | None | Unset = UNSET
    password_selector: str | None | Unset = UNSET
    target_url: str | None | Unset = UNSET
    user_name_selector: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.button_field is not UNSET:
            d["buttonField"] = self.button_field
        if self.password_field is not UNSET:
            d["passwordField"] = self.password_field
        if self.url is not UNSET:
            d["url"] = self.url
        if self.username_field is not UNSET:
            d["usernameField"] = self.username_field
        if self.button_selector is not UNSET:
            d["buttonSelector"] = self.button_selector
        if self.extra_field_selector is not UNSET:
            d["extraFieldSelector"] = self.extra_field_selector
        if self.extra_field_value is not UNSET:
            d["extraFieldValue"] = self.extra_field_value
        if self.login_url_regex is not UNSET:
            d["loginUrlRegex"] = self.login_url_regex
        if self.password_selector is not UNSET:
            d["passwordSelector"] = self.password_selector
        if self.target_url is not UNSET:
            d["targetURL"] = self.target_url
        if self.user_name_selector is not UNSET:
            d["userNameSelector"] = self.user_name_selector
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.button_field = d.pop("buttonField", UNSET)
        obj.password_field = d.pop("passwordField", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.username_field = d.pop("usernameField", UNSET)
        obj.button_selector = d.pop("buttonSelector", UNSET)
        obj.extra_field_selector = d.pop("extraFieldSelector", UNSET)
        obj.extra_field_value = d.pop("extraFieldValue", UNSET)
        obj.login_url_regex = d.pop("loginUrlRegex", UNSET)
        obj.password_selector = d.pop("passwordSelector", UNSET)
        obj.target_url = d.pop("targetURL", UNSET)
        obj.user_name_selector = d.pop("userNameSelector", UNSET)
        obj.additional_properties = d
        return obj
