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
        "users_count": "usersCount",
        "apps_count": "appsCount",
        "group_push_mappings_count": "groupPushMappingsCount",
        "has_admin_privlege": "hasAdminPrivlege",
        "additional_properties": lambda d: _convert.undeclared(d, GroupEmbeddedStats._json_names),
    }

    users_count: int | None | Unset = UNSET
    apps_count: int | None | Unset = UNSET
    group_push_mappings_count: int | None | Unset = UNSET
    has_admin_privlege: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.users_count is not UNSET:
            d["usersCount"] = self.users_count
        if self.apps_count is not UNSET:
            d["appsCount"] = self.apps_count
        if self.group_push_mappings_count is not UNSET:
            d["groupPushMappingsCount"] = self.group_push_mappings_count
        if self.has_admin_privlege is not UNSET:
            d["hasAdminPrivlege"] = self.has_admin_privlege
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.users_count = d.pop("usersCount", UNSET)
        obj.apps_count = d.pop("appsCount", UNSET)
        obj.group_push_mappings_count = d.pop("groupPushMappingsCount", UNSET)
        obj.has_admin_privlege = d.pop("hasAdminPrivlege", UNSET)
        obj.additional_properties = d
        return obj
