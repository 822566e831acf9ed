from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import import_schedule_settings as _import_schedule_settings
from .enabled_status import EnabledStatus

if TYPE_CHECKING:
    from typing import Self

    from .import_schedule_settings import ImportScheduleSettings


@_attrs_define(kw_only=True)
class ImportScheduleObject(OktaModel):
    """Import schedule configuration

    Attributes:
        full_import (`fullImport`): ImportScheduleSettings
        incremental_import (`incrementalImport`): ImportScheduleSettings
        status: Setting status
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fullImport": "full_import",
        "incrementalImport": "incremental_import",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "full_import": "model",
        "incremental_import": "model",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "full_import": lambda d: (
            _import_schedule_settings.ImportScheduleSettings.from_json(v)
            if (v := d.get("fullImport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)
        ),
        "incremental_import": lambda d: (
            _import_schedule_settings.ImportScheduleSettings.from_json(v)
            if (v := d.get("incrementalImport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(EnabledStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ImportScheduleObject._json_names),
    }

    full_import: ImportScheduleSettings | None | Unset = UNSET
    incremental_import: ImportScheduleSettings | None | Unset = UNSET
    status: EnabledStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.full_import is not UNSET:
            d["fullImport"] = _convert.dump_model(self.full_import, omit_read_only)
        if self.incremental_import is not UNSET:
            d["incrementalImport"] = _convert.dump_model(self.incremental_import, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.full_import = (
            _import_schedule_settings.ImportScheduleSettings.from_dict(v)
            if (v := d.pop("fullImport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)
        )
        obj.incremental_import = (
            _import_schedule_settings.ImportScheduleSettings.from_dict(v)
            if (v := d.pop("incrementalImport", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)
        )
        obj.status = _convert.parse_enum(EnabledStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
