from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import import_schedule_object as _import_schedule_object
from . import import_username_object as _import_username_object

if TYPE_CHECKING:
    from typing import Self

    from .import_schedule_object import ImportScheduleObject
    from .import_username_object import ImportUsernameObject


def _parse_schedule(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _import_schedule_object.ImportScheduleObject.from_json(v)
            if lazy
            else _import_schedule_object.ImportScheduleObject.from_dict(v)
        )
    return _convert.parse_model(_import_schedule_object.ImportScheduleObject, v)


def _parse_username(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _import_username_object.ImportUsernameObject.from_json(v)
            if lazy
            else _import_username_object.ImportUsernameObject.from_dict(v)
        )
    return _convert.parse_model(_import_username_object.ImportUsernameObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CapabilitiesImportSettingsObject(OktaModel):
    """Defines import settings

    Attributes:
        schedule: Import schedule configuration
        username: Determines the Okta username for the imported user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "schedule": "schedule",
        "username": "username",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "schedule": "model",
        "username": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "schedule": ("schedule", _parse_schedule),
        "username": ("username", _parse_username),
    }

    schedule: ImportScheduleObject | None = _attrs_field(init=False)
    username: ImportUsernameObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        schedule: ImportScheduleObject | None | Unset = UNSET,
        username: ImportUsernameObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if schedule is not UNSET:
            _set_field(self, "schedule", schedule)
        if username is not UNSET:
            _set_field(self, "username", username)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("schedule", UNSET)) is not UNSET:
            d["schedule"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("username", UNSET)) is not UNSET:
            d["username"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("schedule", UNSET)) is not UNSET:
            obj.schedule = _parse_schedule(v, False)
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = _parse_username(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
