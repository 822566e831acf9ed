from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import import_schedule_object as _import_schedule_object
from . import import_username_object as _import_username_object

if TYPE_CHECKING:
    from typing import Self

    from .import_schedule_object import ImportScheduleObject
    from .import_username_object import ImportUsernameObject


@_attrs_define(kw_only=True)
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
        "schedule": lambda d: (
            _import_schedule_object.ImportScheduleObject.from_json(v)
            if (v := d.get("schedule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_object.ImportScheduleObject, v)
        ),
        "username": lambda d: (
            _import_username_object.ImportUsernameObject.from_json(v)
            if (v := d.get("username", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_username_object.ImportUsernameObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesImportSettingsObject._json_names),
    }

    schedule: ImportScheduleObject | None | Unset = UNSET
    username: ImportUsernameObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.schedule is not UNSET:
            d["schedule"] = _convert.dump_model(self.schedule, omit_read_only)
        if self.username is not UNSET:
            d["username"] = _convert.dump_model(self.username, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.schedule = (
            _import_schedule_object.ImportScheduleObject.from_dict(v)
            if (v := d.pop("schedule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_schedule_object.ImportScheduleObject, v)
        )
        obj.username = (
            _import_username_object.ImportUsernameObject.from_dict(v)
            if (v := d.pop("username", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_import_username_object.ImportUsernameObject, v)
        )
        obj.additional_properties = d
        return obj
