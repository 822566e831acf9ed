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
        "button_field": ("buttonField", None),
        "password_field": ("passwordField", None),
        "url": ("url", None),
        "username_field": ("usernameField", None),
        "button_selector": ("buttonSelector", None),
        "extra_field_selector": ("extraFieldSelector", None),
        "extra_field_value": ("extraFieldValue", None),
        "login_url_regex": ("loginUrlRegex", None),
        "password_selector": ("passwordSelector", None),
        "target_url": ("targetURL", None),
        "user_name_selector": ("userNameSelector", None),
    }

    button_field: str | None = _attrs_field(init=False)
    password_field: str | None = _attrs_field(init=False)
    url: str | None = _attrs_field(init=False)
    username_field: str | None = _attrs_field(init=False)
    button_selector: str | None = _attrs_field(init=False)
    extra_field_selector: str | None = _attrs_field(init=False)
    extra_field_value: str | None = _attrs_field(init=False)
    login_url_regex: str | None = _attrs_field(init=False)
    password_selector: str | None = _attrs_field(init=False)
    target_url: str | None = _attrs_field(init=False)
    user_name_selector: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        button_field: str | None | Unset,
        password_field: str | None | Unset,
        url: str | None | Unset,
        username_field: str | None | Unset,
        button_selector: str | None | Unset = UNSET,
        extra_field_selector: str | None | Unset = UNSET,
        extra_field_value: str | None | Unset = UNSET,
        login_url_regex: str | None | Unset = UNSET,
        password_selector: str | None | Unset = UNSET,
        target_url: str | None | Unset = UNSET,
        user_name_selector: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if button_field is not UNSET:
            _set_field(self, "button_field", button_field)
        if password_field is not UNSET:
            _set_field(self, "password_field", password_field)
        if url is not UNSET:
            _set_field(self, "url", url)
        if username_field is not UNSET:
            _set_field(self, "username_field", username_field)
        if button_selector is not UNSET:
            _set_field(self, "button_selector", button_selector)
        if extra_field_selector is not UNSET:
            _set_field(self, "extra_field_selector", extra_field_selector)
        if extra_field_value is not UNSET:
            _set_field(self, "extra_field_value", extra_field_value)
        if login_url_regex is not UNSET:
            _set_field(self, "login_url_regex", login_url_regex)
        if password_selector is not UNSET:
            _set_field(self, "password_selector", password_selector)
        if target_url is not UNSET:
            _set_field(self, "target_url", target_url)
        if user_name_selector is not UNSET:
            _set_field(self, "user_name_selector", user_name_selector)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("button_field", UNSET)) is not UNSET:
            d["buttonField"] = v
        if (v := values.get("password_field", UNSET)) is not UNSET:
            d["passwordField"] = v
        if (v := values.get("url", UNSET)) is not UNSET:
            d["url"] = v
        if (v := values.get("username_field", UNSET)) is not UNSET:
            d["usernameField"] = v
        if (v := values.get("button_selector", UNSET)) is not UNSET:
            d["buttonSelector"] = v
        if (v := values.get("extra_field_selector", UNSET)) is not UNSET:
            d["extraFieldSelector"] = v
        if (v := values.get("extra_field_value", UNSET)) is not UNSET:
            d["extraFieldValue"] = v
        if (v := values.get("login_url_regex", UNSET)) is not UNSET:
            d["loginUrlRegex"] = v
        if (v := values.get("password_selector", UNSET)) is not UNSET:
            d["passwordSelector"] = v
        if (v := values.get("target_url", UNSET)) is not UNSET:
            d["targetURL"] = v
        if (v := values.get("user_name_selector", UNSET)) is not UNSET:
            d["userNameSelector"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("buttonField", UNSET)) is not UNSET:
            obj.button_field = v
        if (v := d.pop("passwordField", UNSET)) is not UNSET:
            obj.password_field = v
        if (v := d.pop("url", UNSET)) is not UNSET:
            obj.url = v
        if (v := d.pop("usernameField", UNSET)) is not UNSET:
            obj.username_field = v
        if (v := d.pop("buttonSelector", UNSET)) is not UNSET:
            obj.button_selector = v
        if (v := d.pop("extraFieldSelector", UNSET)) is not UNSET:
            obj.extra_field_selector = v
        if (v := d.pop("extraFieldValue", UNSET)) is not UNSET:
            obj.extra_field_value = v
        if (v := d.pop("loginUrlRegex", UNSET)) is not UNSET:
            obj.login_url_regex = v
        if (v := d.pop("passwordSelector", UNSET)) is not UNSET:
            obj.password_selector = v
        if (v := d.pop("targetURL", UNSET)) is not UNSET:
            obj.target_url = v
        if (v := d.pop("userNameSelector", UNSET)) is not UNSET:
            obj.user_name_selector = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
