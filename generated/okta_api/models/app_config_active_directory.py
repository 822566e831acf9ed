from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .active_directory_group_scope import ActiveDirectoryGroupScope
from .active_directory_group_type import ActiveDirectoryGroupType
from .app_config import AppConfig
from .app_config_type import AppConfigType

if TYPE_CHECKING:
    from typing import Self


_parse_group_scope = _convert.enum_parser(ActiveDirectoryGroupScope)

_parse_group_type = _convert.enum_parser(ActiveDirectoryGroupType)

_parse_type_ = _convert.enum_parser(AppConfigType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "distinguished_name": ("distinguishedName", None),
        "group_scope": ("groupScope", _parse_group_scope),
        "group_type": ("groupType", _parse_group_type),
        "sam_account_name": ("samAccountName", None),
        "type_": ("type", _parse_type_),
    }

    distinguished_name: str | None = _attrs_field(init=False)
    group_scope: ActiveDirectoryGroupScope | None = _attrs_field(init=False)
    group_type: ActiveDirectoryGroupType | None = _attrs_field(init=False)
    sam_account_name: str | None = _attrs_field(init=False)
    type_: AppConfigType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        distinguished_name: str | None | Unset,
        group_scope: ActiveDirectoryGroupScope | None | Unset,
        group_type: ActiveDirectoryGroupType | None | Unset,
        sam_account_name: str | None | Unset,
        type_: AppConfigType | None | Unset = AppConfigType("ACTIVE_DIRECTORY"),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if distinguished_name is not UNSET:
            _set_field(self, "distinguished_name", distinguished_name)
        if group_scope is not UNSET:
            _set_field(self, "group_scope", group_scope)
        if group_type is not UNSET:
            _set_field(self, "group_type", group_type)
        if sam_account_name is not UNSET:
            _set_field(self, "sam_account_name", sam_account_name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("distinguished_name", UNSET)) is not UNSET:
            d["distinguishedName"] = v
        if (v := values.get("group_scope", UNSET)) is not UNSET:
            d["groupScope"] = v
        if (v := values.get("group_type", UNSET)) is not UNSET:
            d["groupType"] = v
        if (v := values.get("sam_account_name", UNSET)) is not UNSET:
            d["samAccountName"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("distinguishedName", UNSET)) is not UNSET:
            obj.distinguished_name = v
        if (v := d.pop("groupScope", UNSET)) is not UNSET:
            obj.group_scope = _parse_group_scope(v, False)
        if (v := d.pop("groupType", UNSET)) is not UNSET:
            obj.group_type = _parse_group_type(v, False)
        if (v := d.pop("samAccountName", UNSET)) is not UNSET:
            obj.sam_account_name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
