from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import content_security_policy_setting as _content_security_policy_setting
from .customizable_page import CustomizablePage

if TYPE_CHECKING:
    from typing import Self

    from .content_security_policy_setting import ContentSecurityPolicySetting


def _parse_content_security_policy_setting(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _content_security_policy_setting.ContentSecurityPolicySetting.from_json(v)
            if lazy
            else _content_security_policy_setting.ContentSecurityPolicySetting.from_dict(v)
        )
    return _convert.parse_model(_content_security_policy_setting.ContentSecurityPolicySetting, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "page_content": ("pageContent", None),
        "content_security_policy_setting": ("contentSecurityPolicySetting", _parse_content_security_policy_setting),
    }

    page_content: str | None = _attrs_field(init=False)
    content_security_policy_setting: ContentSecurityPolicySetting | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        page_content: str | None | Unset = UNSET,
        content_security_policy_setting: ContentSecurityPolicySetting | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if page_content is not UNSET:
            _set_field(self, "page_content", page_content)
        if content_security_policy_setting is not UNSET:
            _set_field(self, "content_security_policy_setting", content_security_policy_setting)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("page_content", UNSET)) is not UNSET:
            d["pageContent"] = v
        if (v := values.get("content_security_policy_setting", UNSET)) is not UNSET:
            d["contentSecurityPolicySetting"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("pageContent", UNSET)) is not UNSET:
            obj.page_content = v
        if (v := d.pop("contentSecurityPolicySetting", UNSET)) is not UNSET:
            obj.content_security_policy_setting = _parse_content_security_policy_setting(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
