from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user as _user
from .device_user_management_status import DeviceUserManagementStatus
from .device_user_screen_lock_type import DeviceUserScreenLockType

if TYPE_CHECKING:
    from typing import Self

    from .user import User


_parse_management_status = _convert.enum_parser(DeviceUserManagementStatus)

_parse_screen_lock_type = _convert.enum_parser(DeviceUserScreenLockType)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _user.User.from_json(v) if lazy else _user.User.from_dict(v)
    return _convert.parse_model(_user.User, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", None),
        "management_status": ("managementStatus", _parse_management_status),
        "screen_lock_type": ("screenLockType", _parse_screen_lock_type),
        "user": ("user", _parse_user),
    }

    created: str | None = _attrs_field(init=False)
    management_status: DeviceUserManagementStatus | None = _attrs_field(init=False)
    screen_lock_type: DeviceUserScreenLockType | None = _attrs_field(init=False)
    user: User | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: str | None | Unset = UNSET,
        management_status: DeviceUserManagementStatus | None | Unset = UNSET,
        screen_lock_type: DeviceUserScreenLockType | None | Unset = UNSET,
        user: User | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if management_status is not UNSET:
            _set_field(self, "management_status", management_status)
        if screen_lock_type is not UNSET:
            _set_field(self, "screen_lock_type", screen_lock_type)
        if user is not UNSET:
            _set_field(self, "user", user)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET:
            d["created"] = v
        if (v := values.get("management_status", UNSET)) is not UNSET:
            d["managementStatus"] = v
        if (v := values.get("screen_lock_type", UNSET)) is not UNSET:
            d["screenLockType"] = v
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("managementStatus", UNSET)) is not UNSET:
            obj.management_status = _parse_management_status(v, False)
        if (v := d.pop("screenLockType", UNSET)) is not UNSET:
            obj.screen_lock_type = _parse_screen_lock_type(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
