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
        "enable_enduser_entry_points": ("enableEnduserEntryPoints", None),
        "enable_export_apps": ("enableExportApps", None),
    }

    enable_enduser_entry_points: bool | None = _attrs_field(init=False)
    enable_export_apps: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enable_enduser_entry_points: bool | None | Unset = UNSET,
        enable_export_apps: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enable_enduser_entry_points is not UNSET:
            _set_field(self, "enable_enduser_entry_points", enable_enduser_entry_points)
        if enable_export_apps is not UNSET:
            _set_field(self, "enable_export_apps", enable_export_apps)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enable_enduser_entry_points", UNSET)) is not UNSET:
            d["enableEnduserEntryPoints"] = v
        if (v := values.get("enable_export_apps", UNSET)) is not UNSET:
            d["enableExportApps"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("enableEnduserEntryPoints", UNSET)) is not UNSET:
            obj.enable_enduser_entry_points = v
        if (v := d.pop("enableExportApps", UNSET)) is not UNSET:
            obj.enable_export_apps = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
