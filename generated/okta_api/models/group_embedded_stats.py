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
class GroupEmbeddedStats(OktaModel):
    """Statistics about the group

    Attributes:
        users_count (`usersCount`): Number of users in the group
        apps_count (`appsCount`): Number of apps associated with the group
        group_push_mappings_count (`groupPushMappingsCount`): Number of group push mappings associated with the group
        has_admin_privlege (`hasAdminPrivlege`): Indicates if the group has admin privileges via a group-level role assignment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "usersCount": "users_count",
        "appsCount": "apps_count",
        "groupPushMappingsCount": "group_push_mappings_count",
        "hasAdminPrivlege": "has_admin_privlege",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "users_count": "int",
        "apps_count": "int",
        "group_push_mappings_count": "int",
        "has_admin_privlege": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "users_count": ("usersCount", None),
        "apps_count": ("appsCount", None),
        "group_push_mappings_count": ("groupPushMappingsCount", None),
        "has_admin_privlege": ("hasAdminPrivlege", None),
    }

    users_count: int | None = _attrs_field(init=False)
    apps_count: int | None = _attrs_field(init=False)
    group_push_mappings_count: int | None = _attrs_field(init=False)
    has_admin_privlege: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        users_count: int | None | Unset = UNSET,
        apps_count: int | None | Unset = UNSET,
        group_push_mappings_count: int | None | Unset = UNSET,
        has_admin_privlege: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if users_count is not UNSET:
            _set_field(self, "users_count", users_count)
        if apps_count is not UNSET:
            _set_field(self, "apps_count", apps_count)
        if group_push_mappings_count is not UNSET:
            _set_field(self, "group_push_mappings_count", group_push_mappings_count)
        if has_admin_privlege is not UNSET:
            _set_field(self, "has_admin_privlege", has_admin_privlege)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("users_count", UNSET)) is not UNSET:
            d["usersCount"] = v
        if (v := values.get("apps_count", UNSET)) is not UNSET:
            d["appsCount"] = v
        if (v := values.get("group_push_mappings_count", UNSET)) is not UNSET:
            d["groupPushMappingsCount"] = v
        if (v := values.get("has_admin_privlege", UNSET)) is not UNSET:
            d["hasAdminPrivlege"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("usersCount", UNSET)) is not UNSET:
            obj.users_count = v
        if (v := d.pop("appsCount", UNSET)) is not UNSET:
            obj.apps_count = v
        if (v := d.pop("groupPushMappingsCount", UNSET)) is not UNSET:
            obj.group_push_mappings_count = v
        if (v := d.pop("hasAdminPrivlege", UNSET)) is not UNSET:
            obj.has_admin_privlege = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
