from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_group as _app_group
from . import organizational_unit as _organizational_unit

if TYPE_CHECKING:
    from typing import Self

    from .app_group import AppGroup
    from .organizational_unit import OrganizationalUnit


def _parse_app_groups(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_app_group.AppGroup.from_json if lazy else _app_group.AppGroup.from_dict, v)


def _parse_organizational_units(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _organizational_unit.OrganizationalUnit.from_json
        if lazy
        else _organizational_unit.OrganizationalUnit.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PrivilegedResourceFilters(OktaModel):
    """An Okta `PrivilegedResourceFilters`.

    Attributes:
        app_groups (`appGroups`): Array of app groups whose members might be privileged app users
        organizational_units (`organizationalUnits`): Array of organizational units where privileged app users are present
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appGroups": "app_groups",
        "organizationalUnits": "organizational_units",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_groups": "list:model",
        "organizational_units": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_groups": ("appGroups", _parse_app_groups),
        "organizational_units": ("organizationalUnits", _parse_organizational_units),
    }

    app_groups: list[AppGroup] | None = _attrs_field(init=False)
    organizational_units: list[OrganizationalUnit] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_groups: list[AppGroup] | None | Unset = UNSET,
        organizational_units: list[OrganizationalUnit] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_groups is not UNSET:
            _set_field(self, "app_groups", app_groups)
        if organizational_units is not UNSET:
            _set_field(self, "organizational_units", organizational_units)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_groups", UNSET)) is not UNSET:
            d["appGroups"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("organizational_units", UNSET)) is not UNSET:
            d["organizationalUnits"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appGroups", UNSET)) is not UNSET:
            obj.app_groups = _parse_app_groups(v, False)
        if (v := d.pop("organizationalUnits", UNSET)) is not UNSET:
            obj.organizational_units = _parse_organizational_units(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
