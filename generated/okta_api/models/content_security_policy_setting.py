from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .content_security_policy_setting_mode import ContentSecurityPolicySettingMode

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ContentSecurityPolicySetting(OktaModel):
    """An Okta `ContentSecurityPolicySetting`.

    Attributes:
        mode: ContentSecurityPolicySettingMode
        report_uri (`reportUri`): str
        src_list (`srcList`): list[str]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "reportUri": "report_uri",
        "srcList": "src_list",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "mode": "enum",
        "report_uri": "str",
        "src_list": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "mode": lambda d: (
            _convert.parse_enum(ContentSecurityPolicySettingMode, v)
            if (v := d.get("mode", UNSET)).__class__ is str
            else v
        ),
        "report_uri": "reportUri",
        "src_list": "srcList",
        "additional_properties": lambda d: _convert.undeclared(d, ContentSecurityPolicySetting._json_names),
    }

    mode: ContentSecurityPolicySettingMode | None | Unset = UNSET
    report_uri: str | None | Unset = UNSET
    src_list: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.mode is not UNSET:
            d["mode"] = self.mode
        if self.report_uri is not UNSET:
            d["reportUri"] = self.report_uri
        if self.src_list is not UNSET:
            d["srcList"] = self.src_list
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.mode = (
            _convert.parse_enum(ContentSecurityPolicySettingMode, v)
            if (v := d.pop("mode", UNSET)).__class__ is str
            else v
        )
        obj.report_uri = d.pop("reportUri", UNSET)
        obj.src_list = d.pop("srcList", UNSET)
        obj.additional_properties = d
        return obj
