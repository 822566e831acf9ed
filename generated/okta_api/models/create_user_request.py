from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_credentials as _user_credentials
from . import user_profile as _user_profile
from . import user_type as _user_type

if TYPE_CHECKING:
    from typing import Self

    from .user_credentials import UserCredentials
    from .user_profile import UserProfile
    from .user_type import UserType


@_attrs_define(kw_only=True)
class CreateUserRequest(OktaModel):
    """An Okta `CreateUserRequest`.

    Attributes:
        credentials: UserCredentials
        group_ids (`groupIds`): list[str]
        profile: UserProfile
        type_ (`type`): UserType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "groupIds": "group_ids",
        "profile": "profile",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "group_ids": "list:str",
        "profile": "model",
        "type_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": lambda d: (
            _user_credentials.UserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        ),
        "group_ids": "groupIds",
        "profile": lambda d: (
            _user_profile.UserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        ),
        "type_": lambda d: (
            _user_type.UserType.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type.UserType, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CreateUserRequest._json_names),
    }

    credentials: UserCredentials | None | Unset = UNSET
    group_ids: list[str] | None | Unset = UNSET
    profile: UserProfile | None | Unset = UNSET
    type_: UserType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.group_ids is not UNSET:
            d["groupIds"] = self.group_ids
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = _convert.dump_model(self.type_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credentials = (
            _user_credentials.UserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        )
        obj.group_ids = d.pop("groupIds", UNSET)
        obj.profile = (
            _user_profile.UserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        )
        obj.type_ = (
            _user_type.UserType.from_dict(v)
            if (v := d.pop("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type.UserType, v)
        )
        obj.additional_properties = d
        return obj
