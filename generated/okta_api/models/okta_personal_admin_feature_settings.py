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
class OktaPersonalAdminFeatureSettings(OktaModel):
    """Defines a list of Okta Personal settings that can be enabled or disabled for the org

    Attributes:
        enable_enduser_entry_points (`enableEnduserEntryPoints`): Allow entry points for an Okta Personal account in a Workforce org
        enable_export_apps (`enableExportApps`): Allow users to migrate apps from a Workforce account to an Okta Personal account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enableEnduserEntryPoints": "enable_enduser_entry_points",
        "enableExportApps": "enable_export_apps",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enable_enduser_entry_points": "bool",
        "enable_export_apps": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enable_enduser_entry_points": "enableEnduserEntryPoints",
        "enable_export_apps": "enableExportApps",
        "additional_properties": lambda d: _convert.undeclared(d, OktaPersonalAdminFeatureSettings._json_names),
    }

    enable_enduser_entry_points: bool | None | Unset = UNSET
    enable_export_apps: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enable_enduser_entry_points is not UNSET:
            d["enableEnduserEntryPoints"] = self.enable_enduser_entry_points
        if self.enable_export_apps is not UNSET:
            d["enableExportApps"] = self.enable_export_apps
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enable_enduser_entry_points = d.pop("enableEnduserEntryPoints", UNSET)
        obj.enable_export_apps = d.pop("enableExportApps", UNSET)
        obj.additional_properties = d
        return obj
