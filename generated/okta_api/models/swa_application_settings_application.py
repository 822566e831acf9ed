from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .application_settings_application import ApplicationSettingsApplication

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SwaApplicationSettingsApplication(ApplicationSettingsApplication):
    """An Okta `SwaApplicationSettingsApplication`.

    Attributes:
        acs_url (`acsUrl`): str
        button_field (`buttonField`): str
        login_url_regex (`loginUrlRegex`): str
        org_name (`orgName`): str
        password_field (`passwordField`): str
        url: str
        username_field (`usernameField`): str
        checkbox: str
        redirect_url (`redirectUrl`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acsUrl": "acs_url",
        "buttonField": "button_field",
        "loginUrlRegex": "login_url_regex",
        "orgName": "org_name",
        "passwordField": "password_field",
        "url": "url",
        "usernameField": "username_field",
        "checkbox": "checkbox",
        "redirectUrl": "redirect_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs_url": "str",
        "button_field": "str",
        "login_url_regex": "str",
        "org_name": "str",
        "password_field": "str",
        "url": "str",
        "username_field": "str",
        "checkbox": "str",
        "redirect_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs_url": "acsUrl",
        "button_field": "buttonField",
        "login_url_regex": "loginUrlRegex",
        "org_name": "orgName",
        "password_field": "passwordField",
        "url": "url",
        "username_field": "usernameField",
        "checkbox": "checkbox",
        "redirect_url": "redirectUrl",
        "additional_properties": lambda d: _convert.undeclared(d, SwaApplicationSettingsApplication._json_names),
    }

    acs_url: str | None | Unset = UNSET
    button_field: str | None | Unset = UNSET
    login_url_regex: str | None | Unset = UNSET
    org_name: str | None | Unset = UNSET
    password_field: str | None | Unset = UNSET
    url: str | None | Unset = UNSET
    username_field: str | None | Unset = UNSET
    checkbox: str | None | Unset = UNSET
    redirect_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs_url is not UNSET:
            d["acsUrl"] = self.acs_url
        if self.button_field is not UNSET:
            d["buttonField"] = self.button_field
        if self.login_url_regex is not UNSET:
            d["loginUrlRegex"] = self.login_url_regex
        if self.org_name is not UNSET:
            d["orgName"] = self.org_name
        if self.password_field is not UNSET:
            d["passwordField"] = self.password_field
        if self.url is not UNSET:
            d["url"] = self.url
        if self.username_field is not UNSET:
            d["usernameField"] = self.username_field
        if self.checkbox is not UNSET:
            d["checkbox"] = self.checkbox
        if self.redirect_url is not UNSET:
            d["redirectUrl"] = self.redirect_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs_url = d.pop("acsUrl", UNSET)
        obj.button_field = d.pop("buttonField", UNSET)
        obj.login_url_regex = d.pop("loginUrlRegex", UNSET)
        obj.org_name = d.pop("orgName", UNSET)
        obj.password_field = d.pop("passwordField", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.username_field = d.pop("usernameField", UNSET)
        obj.checkbox = d.pop("checkbox", UNSET)
        obj.redirect_url = d.pop("redirectUrl", UNSET)
        obj.additional_properties = d
        return obj
