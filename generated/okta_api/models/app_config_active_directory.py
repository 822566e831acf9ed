from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .active_directory_group_scope import ActiveDirectoryGroupScope
from .active_directory_group_type import ActiveDirectoryGroupType
from .app_config import AppConfig
from .app_config_type import AppConfigType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AppConfigActiveDirectory(AppConfig):
    """An Okta `AppConfigActiveDirectory`.

    Attributes:
        distinguished_name (`distinguishedName`): The distinguished name of the group in Active Directory
        group_scope (`groupScope`): The scope of the group in Active Directory
        group_type (`groupType`): The type of the group in Active Directory
        sam_account_name (`samAccountName`): The SAM account name of the group in Active Directory
        type_ (`type`): The type of the app configuration
    """

    _json_names: ClassVar[dict[str, str]] = {
        "distinguishedName": "distinguished_name",
        "groupScope": "group_scope",
        "groupType": "group_type",
        "samAccountName": "sam_account_name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "distinguished_name": "str",
        "group_scope": "enum",
        "group_type": "enum",
        "sam_account_name": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "distinguished_name": "distinguishedName",
        "group_scope": lambda d: (
            _convert.parse_enum(ActiveDirectoryGroupScope, v)
            if (v := d.get("groupScope", UNSET)).__class__ is str
            else v
        ),
        "group_type": lambda d: (
            _convert.parse_enum(ActiveDirectoryGroupType, v) if (v := d.get("groupType", UNSET)).__class__ is str else v
        ),
        "sam_account_name": "samAccountName",
        "type_": lambda d: _convert.parse_enum(AppConfigType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, AppConfigActiveDirectory._json_names),
    }

    distinguished_name: str | None | Unset
    group_scope: ActiveDirectoryGroupScope | None | Unset
    group_type: ActiveDirectoryGroupType | None | Unset
    sam_account_name: str | None | Unset
    type_: AppConfigType | None | Unset = AppConfigType("ACTIVE_DIRECTORY")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.distinguished_name is not UNSET:
            d["distinguishedName"] = self.distinguished_name
        if self.group_scope is not UNSET:
            d["groupScope"] = self.group_scope
        if self.group_type is not UNSET:
            d["groupType"] = self.group_type
        if self.sam_account_name is not UNSET:
            d["samAccountName"] = self.sam_account_name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.distinguished_name = d.pop("distinguishedName", UNSET)
        obj.group_scope = (
            _convert.parse_enum(ActiveDirectoryGroupScope, v)
            if (v := d.pop("groupScope", UNSET)).__class__ is str
            else v
        )
        obj.group_type = (
            _convert.parse_enum(ActiveDirectoryGroupType, v) if (v := d.pop("groupType", UNSET)).__class__ is str else v
        )
        obj.sam_account_name = d.pop("samAccountName", UNSET)
        obj.type_ = _convert.parse_enum(AppConfigType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
