from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import lifecycle_deactivate_setting_object as _lifecycle_deactivate_setting_object
from . import password_setting_object as _password_setting_object
from . import profile_setting_object as _profile_setting_object

if TYPE_CHECKING:
    from typing import Self

    from .lifecycle_deactivate_setting_object import LifecycleDeactivateSettingObject
    from .password_setting_object import PasswordSettingObject
    from .profile_setting_object import ProfileSettingObject


@_attrs_define(kw_only=True)
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
        "lifecycle_deactivate": lambda d: (
            _lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject.from_json(v)
            if (v := d.get("lifecycleDeactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject, v)
        ),
        "password": lambda d: (
            _password_setting_object.PasswordSettingObject.from_json(v)
            if (v := d.get("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_setting_object.PasswordSettingObject, v)
        ),
        "profile": lambda d: (
            _profile_setting_object.ProfileSettingObject.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_setting_object.ProfileSettingObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesUpdateObject._json_names),
    }

    lifecycle_deactivate: LifecycleDeactivateSettingObject | None | Unset = UNSET
    password: PasswordSettingObject | None | Unset = UNSET
    profile: ProfileSettingObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.lifecycle_deactivate is not UNSET:
            d["lifecycleDeactivate"] = _convert.dump_model(self.lifecycle_deactivate, omit_read_only)
        if self.password is not UNSET:
            d["password"] = _convert.dump_model(self.password, omit_read_only)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.lifecycle_deactivate = (
            _lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject.from_dict(v)
            if (v := d.pop("lifecycleDeactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_lifecycle_deactivate_setting_object.LifecycleDeactivateSettingObject, v)
        )
        obj.password = (
            _password_setting_object.PasswordSettingObject.from_dict(v)
            if (v := d.pop("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_setting_object.PasswordSettingObject, v)
        )
        obj.profile = (
            _profile_setting_object.ProfileSettingObject.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_setting_object.ProfileSettingObject, v)
        )
        obj.additional_properties = d
        return obj
