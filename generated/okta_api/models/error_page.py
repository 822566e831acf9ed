from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import content_security_policy_setting as _content_security_policy_setting
from .customizable_page import CustomizablePage

if TYPE_CHECKING:
    from typing import Self

    from .content_security_policy_setting import ContentSecurityPolicySetting


@_attrs_define(kw_only=True)
class ErrorPage(CustomizablePage):
    """An Okta `ErrorPage`.

    Attributes:
        page_content (`pageContent`): The HTML for the page
        content_security_policy_setting (`contentSecurityPolicySetting`): ContentSecurityPolicySetting
    """

    _json_names: ClassVar[dict[str, str]] = {
        "pageContent": "page_content",
        "contentSecurityPolicySetting": "content_security_policy_setting",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "page_content": "str",
        "content_security_policy_setting": "model",
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
        "additional_properties": lambda d: _convert.undeclared(d, ErrorPage._json_names),
    }

    page_content: str | None | Unset = UNSET
    content_security_policy_setting: ContentSecurityPolicySetting | None | Unset = UNSET

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
        obj.additional_properties = d
        return obj
