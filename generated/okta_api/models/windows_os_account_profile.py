from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .windows_os_account_profile_type import WindowsOSAccountProfileType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WindowsOSAccountProfile(OktaModel):
    """An Okta `WindowsOSAccountProfile`.

    Attributes:
        directory_join_status (`directoryJoinStatus`): Active Directory join status
        down_level_username (`downLevelUsername`): Domain\\username format (down-level logon name)
        full_name (`fullName`): Full name of the account user
        guid (`GUID`): Globally Unique Identifier for the account
        qualified_username (`qualifiedUsername`): Fully qualified username
        security_id (`securityId`): Windows Security Identifier (SID)
        type_ (`type`): Profile type discriminator
        upn: User principal name
    """

    _json_names: ClassVar[dict[str, str]] = {
        "directoryJoinStatus": "directory_join_status",
        "downLevelUsername": "down_level_username",
        "fullName": "full_name",
        "GUID": "guid",
        "qualifiedUsername": "qualified_username",
        "securityId": "security_id",
        "type": "type_",
        "upn": "upn",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "directory_join_status": "str",
        "down_level_username": "str",
        "full_name": "str",
        "guid": "str",
        "qualified_username": "str",
        "security_id": "str",
        "type_": "enum",
        "upn": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "directory_join_status": "directoryJoinStatus",
        "down_level_username": "downLevelUsername",
        "full_name": "fullName",
        "guid": "GUID",
        "qualified_username": "qualifiedUsername",
        "security_id": "securityId",
        "type_": lambda d: (
            _convert.parse_enum(WindowsOSAccountProfileType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "upn": "upn",
        "additional_properties": lambda d: _convert.undeclared(d, WindowsOSAccountProfile._json_names),
    }

    directory_join_status: str | None | Unset = UNSET
    down_level_username: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    guid: str | None | Unset = UNSET
    qualified_username: str | None | Unset = UNSET
    security_id: str | None | Unset = UNSET
    type_: WindowsOSAccountProfileType | None | Unset = UNSET
    upn: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.directory_join_status is not UNSET:
            d["directoryJoinStatus"] = self.directory_join_status
        if self.down_level_username is not UNSET:
            d["downLevelUsername"] = self.down_level_username
        if self.full_name is not UNSET:
            d["fullName"] = self.full_name
        if self.guid is not UNSET:
            d["GUID"] = self.guid
        if self.qualified_username is not UNSET:
            d["qualifiedUsername"] = self.qualified_username
        if self.security_id is not UNSET:
            d["securityId"] = self.security_id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.upn is not UNSET:
            d["upn"] = self.upn
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.directory_join_status = d.pop("directoryJoinStatus", UNSET)
        obj.down_level_username = d.pop("downLevelUsername", UNSET)
        obj.full_name = d.pop("fullName", UNSET)
        obj.guid = d.pop("GUID", UNSET)
        obj.qualified_username = d.pop("qualifiedUsername", UNSET)
        obj.security_id = d.pop("securityId", UNSET)
        obj.type_ = (
            _convert.parse_enum(WindowsOSAccountProfileType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.upn = d.pop("upn", UNSET)
        obj.additional_properties = d
        return obj
