from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_group as _app_group
from . import organizational_unit as _organizational_unit

if TYPE_CHECKING:
    from typing import Self

    from .app_group import AppGroup
    from .organizational_unit import OrganizationalUnit


@_attrs_define(kw_only=True)
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
        "app_groups": lambda d: _convert.parse_model_list(_app_group.AppGroup.from_json, d.get("appGroups", UNSET)),
        "organizational_units": lambda d: _convert.parse_model_list(
            _organizational_unit.OrganizationalUnit.from_json, d.get("organizationalUnits", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PrivilegedResourceFilters._json_names),
    }

    app_groups: list[AppGroup] | None | Unset = UNSET
    organizational_units: list[OrganizationalUnit] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_groups is not UNSET:
            d["appGroups"] = _convert.dump_model_list(self.app_groups, omit_read_only)
        if self.organizational_units is not UNSET:
            d["organizationalUnits"] = _convert.dump_model_list(self.organizational_units, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_groups = _convert.parse_model_list(_app_group.AppGroup.from_dict, d.pop("appGroups", UNSET))
        obj.organizational_units = _convert.parse_model_list(
            _organizational_unit.OrganizationalUnit.from_dict, d.pop("organizationalUnits", UNSET)
        )
        obj.additional_properties = d
        return obj
