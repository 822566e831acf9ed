from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import content_security_policy_setting as _content_security_policy_setting
from . import sign_in_page_widget_customizations as _sign_in_page_widget_customizations
from .customizable_page import CustomizablePage

if TYPE_CHECKING:
    from typing import Self

    from .content_security_policy_setting import ContentSecurityPolicySetting
    from .sign_in_page_widget_customizations import SignInPageWidgetCustomizations


@_attrs_define(kw_only=True)
class SignInPage(CustomizablePage):
    """An Okta `SignInPage`.

    Attributes:
        page_content (`pageContent`): The HTML for the page
        content_security_policy_setting (`contentSecurityPolicySetting`): ContentSecurityPolicySetting
        widget_customizations (`widgetCustomizations`): SignInPageWidgetCustomizations
        widget_version (`widgetVersion`): The version specified as a [Semantic Version](https://semver.org/). This value can be a
            wildcard (`*`), a major version range (for example, `^2`), a major-only version (for
            example, `7`), or a specific `Major.Minor` version (for example, `5.15`).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "pageContent": "page_content",
        "contentSecurityPolicySetting": "content_security_policy_setting",
        "widgetCustomizations": "widget_customizations",
        "widgetVersion": "widget_version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "page_content": "str",
        "content_security_policy_setting": "model",
        "widget_customizations": "model",
        "widget_version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "page_content": "pageContent",
        "content_security_policy_setting": lambda d: (
            _content_security_policy_setting.ContentSecurityPolicySetting.from_json(v)
            if (v := d.get("contentSecurityPolicySetting", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_content_security_policy_setting.ContentSecurityPolicySetting, v)
        ),
        "widget_customizations": lambda d: (
            _sign_in_page_widget_customizations.SignInPageWidgetCustomizations.from_json(v)
            if (v := d.get("widgetCustomizations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sign_in_page_widget_customizations.SignInPageWidgetCustomizations, v)
        ),
        "widget_version": "widgetVersion",
        "additional_properties": lambda d: _convert.undeclared(d, SignInPage._json_names),
    }

    page_content: str | None | Unset = UNSET
    content_security_policy_setting: ContentSecurityPolicySetting | None | Unset = UNSET
    widget_customizations: SignInPageWidgetCustomizations | None | Unset = UNSET
    widget_version: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.page_content is not UNSET:
            d["pageContent"] = self.page_content
        if self.content_security_policy_setting is not UNSET:
            d["contentSecurityPolicySetting"] = _convert.dump_model(
                self.content_security_policy_setting, omit_read_only
            )
        if self.widget_customizations is not UNSET:
            d["widgetCustomizations"] = _convert.dump_model(self.widget_customizations, omit_read_only)
        if self.widget_version is not UNSET:
            d["widgetVersion"] = self.widget_version
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.page_content = d.pop("pageContent", UNSET)
        obj.content_security_policy_setting = (
            _content_security_policy_setting.ContentSecurityPolicySetting.from_dict(v)
            if (v := d.pop("contentSecurityPolicySetting", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_content_security_policy_setting.ContentSecurityPolicySetting, v)
        )
        obj.widget_customizations = (
            _sign_in_page_widget_customizations.SignInPageWidgetCustomizations.from_dict(v)
            if (v := d.pop("widgetCustomizations", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sign_in_page_widget_customizations.SignInPageWidgetCustomizations, v)
        )
        obj.widget_version = d.pop("widgetVersion", UNSET)
        obj.additional_properties = d
        return obj
