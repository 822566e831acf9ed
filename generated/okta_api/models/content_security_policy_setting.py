from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .content_security_policy_setting_mode import ContentSecurityPolicySettingMode

if TYPE_CHECKING:
    from typing import Self


_parse_mode = _convert.enum_parser(ContentSecurityPolicySettingMode)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "mode": ("mode", _parse_mode),
        "report_uri": ("reportUri", None),
        "src_list": ("srcList", None),
    }

    mode: ContentSecurityPolicySettingMode | None = _attrs_field(init=False)
    report_uri: str | None = _attrs_field(init=False)
    src_list: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        mode: ContentSecurityPolicySettingMode | None | Unset = UNSET,
        report_uri: str | None | Unset = UNSET,
        src_list: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if mode is not UNSET:
            _set_field(self, "mode", mode)
        if report_uri is not UNSET:
            _set_field(self, "report_uri", report_uri)
        if src_list is not UNSET:
            _set_field(self, "src_list", src_list)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("mode", UNSET)) is not UNSET:
            d["mode"] = v
        if (v := values.get("report_uri", UNSET)) is not UNSET:
            d["reportUri"] = v
        if (v := values.get("src_list", UNSET)) is not UNSET:
            d["srcList"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("mode", UNSET)) is not UNSET:
            obj.mode = _parse_mode(v, False)
        if (v := d.pop("reportUri", UNSET)) is not UNSET:
            obj.report_uri = v
        if (v := d.pop("srcList", UNSET)) is not UNSET:
            obj.src_list = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
