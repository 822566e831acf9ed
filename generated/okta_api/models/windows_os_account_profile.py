from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .windows_os_account_profile_type import WindowsOSAccountProfileType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(WindowsOSAccountProfileType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "directory_join_status": ("directoryJoinStatus", None),
        "down_level_username": ("downLevelUsername", None),
        "full_name": ("fullName", None),
        "guid": ("GUID", None),
        "qualified_username": ("qualifiedUsername", None),
        "security_id": ("securityId", None),
        "type_": ("type", _parse_type_),
        "upn": ("upn", None),
    }

    directory_join_status: str | None = _attrs_field(init=False)
    down_level_username: str | None = _attrs_field(init=False)
    full_name: str | None = _attrs_field(init=False)
    guid: str | None = _attrs_field(init=False)
    qualified_username: str | None = _attrs_field(init=False)
    security_id: str | None = _attrs_field(init=False)
    type_: WindowsOSAccountProfileType | None = _attrs_field(init=False)
    upn: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        directory_join_status: str | None | Unset = UNSET,
        down_level_username: str | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
        guid: str | None | Unset = UNSET,
        qualified_username: str | None | Unset = UNSET,
        security_id: str | None | Unset = UNSET,
        type_: WindowsOSAccountProfileType | None | Unset = UNSET,
        upn: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if directory_join_status is not UNSET:
            _set_field(self, "directory_join_status", directory_join_status)
        if down_level_username is not UNSET:
            _set_field(self, "down_level_username", down_level_username)
        if full_name is not UNSET:
            _set_field(self, "full_name", full_name)
        if guid is not UNSET:
            _set_field(self, "guid", guid)
        if qualified_username is not UNSET:
            _set_field(self, "qualified_username", qualified_username)
        if security_id is not UNSET:
            _set_field(self, "security_id", security_id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if upn is not UNSET:
            _set_field(self, "upn", upn)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("directory_join_status", UNSET)) is not UNSET:
            d["directoryJoinStatus"] = v
        if (v := values.get("down_level_username", UNSET)) is not UNSET:
            d["downLevelUsername"] = v
        if (v := values.get("full_name", UNSET)) is not UNSET:
            d["fullName"] = v
        if (v := values.get("guid", UNSET)) is not UNSET:
            d["GUID"] = v
        if (v := values.get("qualified_username", UNSET)) is not UNSET:
            d["qualifiedUsername"] = v
        if (v := values.get("security_id", UNSET)) is not UNSET:
            d["securityId"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("upn", UNSET)) is not UNSET:
            d["upn"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("directoryJoinStatus", UNSET)) is not UNSET:
            obj.directory_join_status = v
        if (v := d.pop("downLevelUsername", UNSET)) is not UNSET:
            obj.down_level_username = v
        if (v := d.pop("fullName", UNSET)) is not UNSET:
            obj.full_name = v
        if (v := d.pop("GUID", UNSET)) is not UNSET:
            obj.guid = v
        if (v := d.pop("qualifiedUsername", UNSET)) is not UNSET:
            obj.qualified_username = v
        if (v := d.pop("securityId", UNSET)) is not UNSET:
            obj.security_id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("upn", UNSET)) is not UNSET:
            obj.upn = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
