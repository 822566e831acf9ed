from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user as _user
from .device_user_management_status import DeviceUserManagementStatus
from .device_user_screen_lock_type import DeviceUserScreenLockType

if TYPE_CHECKING:
    from typing import Self

    from .user import User


@_attrs_define(kw_only=True)
class DeviceUser(OktaModel):
    """An Okta `DeviceUser`.

    Attributes:
        created: Timestamp when device was created
        management_status (`managementStatus`): The management status of the device
        screen_lock_type (`screenLockType`): Screen lock type of the device
        user: User
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "managementStatus": "management_status",
        "screenLockType": "screen_lock_type",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "str",
        "management_status": "enum",
        "screen_lock_type": "enum",
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": "created",
        "management_status": lambda d: (
            _convert.parse_enum(DeviceUserManagementStatus, v)
            if (v := d.get("managementStatus", UNSET)).__class__ is str
            else v
        ),
        "screen_lock_type": lambda d: (
            _convert.parse_enum(DeviceUserScreenLockType, v)
            if (v := d.get("screenLockType", UNSET)).__class__ is str
            else v
        ),
        "user": lambda d: (
            _user.User.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user.User, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceUser._json_names),
    }

    created: str | None | Unset = UNSET
    management_status: DeviceUserManagementStatus | None | Unset = UNSET
    screen_lock_type: DeviceUserScreenLockType | None | Unset = UNSET
    user: User | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET:
            d["created"] = self.created
        if self.management_status is not UNSET:
            d["managementStatus"] = self.management_status
        if self.screen_lock_type is not UNSET:
            d["screenLockType"] = self.screen_lock_type
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = d.pop("created", UNSET)
        obj.management_status = (
            _convert.parse_enum(DeviceUserManagementStatus, v)
            if (v := d.pop("managementStatus", UNSET)).__class__ is str
            else v
        )
        obj.screen_lock_type = (
            _convert.parse_enum(DeviceUserScreenLockType, v)
            if (v := d.pop("screenLockType", UNSET)).__class__ is str
            else v
        )
        obj.user = (
            _user.User.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user.User, v)
        )
        obj.additional_properties = d
        return obj
