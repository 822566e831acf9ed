from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import lifecycle_deactivate_setting_object as _lifecycle_deactivate_setting_object
from . import password_setting_object as _password_setting_object
from . import profile_setting_object as _profile_setting_object

if TYPE_CHECKING:
    from typing import Self

    from .lifecycle_deactivate_setting_object import LifecycleDeactivateSettingObject
    from .password_setting_object import PasswordSettingObject
    from .profile_setting_object import ProfileSettingObject


def _parse_lifecycle_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject.from_json(v)
            if lazy
            else _lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject.from_dict(v)
        )
    return _convert.parse_model(_lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject, v)


def _parse_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_setting_object.PasswordSettingObject.from_json(v)
            if lazy
            else _password_setting_object.PasswordSettingObject.from_dict(v)
        )
    return _convert.parse_model(_password_setting_object.PasswordSettingObject, v)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _profile_setting_object.ProfileSettingObject.from_json(v)
            if lazy
            else _profile_setting_object.ProfileSettingObject.from_dict(v)
        )
    return _convert.parse_model(_profile_setting_object.ProfileSettingObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CapabilitiesUpdateObject(OktaModel):
    """Determines whether updates to a user's profile are pushed to the app

    Attributes:
        lifecycle_deactivate (`lifecycleDeactivate`): Determines whether deprovisioning occurs when the app is unassigned
        password: Determines whether Okta creates and pushes a password in the app for each assigned user
        profile: This setting determines whether a user in the app gets updated when they're updated in
            Okta.

            If enabled, Okta updates a user's attributes in the app when the app is assigned.
            Future changes made to the Okta user's profile automatically overwrite the corresponding
            attribute value in the app.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "lifecycleDeactivate": "lifecycle_deactivate",
        "password": "password",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "lifecycle_deactivate": "model",
        "password": "model",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "lifecycle_deactivate": ("lifecycleDeactivate", _parse_lifecycle_deactivate),
        "password": ("password", _parse_password),
        "profile": ("profile", _parse_profile),
    }

    lifecycle_deactivate: LifecycleDeactivateSettingObject | None = _attrs_field(init=False)
    password: PasswordSettingObject | None = _attrs_field(init=False)
    profile: ProfileSettingObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        lifecycle_deactivate: LifecycleDeactivateSettingObject | None | Unset = UNSET,
        password: PasswordSettingObject | None | Unset = UNSET,
        profile: ProfileSettingObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if lifecycle_deactivate is not UNSET:
            _set_field(self, "lifecycle_deactivate", lifecycle_deactivate)
        if password is not UNSET:
            _set_field(self, "password", password)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("lifecycle_deactivate", UNSET)) is not UNSET:
            d["lifecycleDeactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("lifecycleDeactivate", UNSET)) is not UNSET:
            obj.lifecycle_deactivate = _parse_lifecycle_deactivate(v, False)
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = _parse_password(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
