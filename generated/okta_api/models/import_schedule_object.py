from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import import_schedule_settings as _import_schedule_settings
from .enabled_status import EnabledStatus

if TYPE_CHECKING:
    from typing import Self

    from .import_schedule_settings import ImportScheduleSettings


def _parse_full_import(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _import_schedule_settings.ImportScheduleSettings.from_json(v)
            if lazy
            else _import_schedule_settings.ImportScheduleSettings.from_dict(v)
        )
    return _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)


def _parse_incremental_import(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _import_schedule_settings.ImportScheduleSettings.from_json(v)
            if lazy
            else _import_schedule_settings.ImportScheduleSettings.from_dict(v)
        )
    return _convert.parse_model(_import_schedule_settings.ImportScheduleSettings, v)


_parse_status = _convert.enum_parser(EnabledStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "full_import": ("fullImport", _parse_full_import),
        "incremental_import": ("incrementalImport", _parse_incremental_import),
        "status": ("status", _parse_status),
    }

    full_import: ImportScheduleSettings | None = _attrs_field(init=False)
    incremental_import: ImportScheduleSettings | None = _attrs_field(init=False)
    status: EnabledStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        full_import: ImportScheduleSettings | None | Unset = UNSET,
        incremental_import: ImportScheduleSettings | None | Unset = UNSET,
        status: EnabledStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if full_import is not UNSET:
            _set_field(self, "full_import", full_import)
        if incremental_import is not UNSET:
            _set_field(self, "incremental_import", incremental_import)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("full_import", UNSET)) is not UNSET:
            d["fullImport"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("incremental_import", UNSET)) is not UNSET:
            d["incrementalImport"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("fullImport", UNSET)) is not UNSET:
            obj.full_import = _parse_full_import(v, False)
        if (v := d.pop("incrementalImport", UNSET)) is not UNSET:
            obj.incremental_import = _parse_incremental_import(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
