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
from .user_status import UserStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_credentials import UserCredentials
    from .user_profile import UserProfile
    from .user_type import UserType


@_attrs_define(kw_only=True)
class User(OktaModel):
    """An Okta `User`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        activated (read-only, never sent): datetime.datetime
        created (read-only, never sent): datetime.datetime
        credentials: UserCredentials
        id (read-only, never sent): str
        last_login (`lastLogin`, read-only, never sent): datetime.datetime
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        password_changed (`passwordChanged`, read-only, never sent): datetime.datetime
        profile: UserProfile
        status: UserStatus
        status_changed (`statusChanged`, read-only, never sent): datetime.datetime
        transitioning_to_status (`transitioningToStatus`): UserStatus
        type_ (`type`): UserType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "activated": "activated",
        "created": "created",
        "credentials": "credentials",
        "id": "id",
        "lastLogin": "last_login",
        "lastUpdated": "last_updated",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "status": "status",
        "statusChanged": "status_changed",
        "transitioningToStatus": "transitioning_to_status",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "activated": "datetime",
        "created": "datetime",
        "credentials": "model",
        "id": "str",
        "last_login": "datetime",
        "last_updated": "datetime",
        "password_changed": "datetime",
        "profile": "model",
        "status": "enum",
        "status_changed": "datetime",
        "transitioning_to_status": "enum",
        "type_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "activated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("activated", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _user_credentials.UserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        ),
        "id": "id",
        "last_login": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastLogin", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _user_profile.UserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        ),
        "status": lambda d: _convert.parse_enum(UserStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v,
        "status_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("statusChanged", UNSET)).__class__ is str else v
        ),
        "transitioning_to_status": lambda d: (
            _convert.parse_enum(UserStatus, v) if (v := d.get("transitioningToStatus", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _user_type.UserType.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type.UserType, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, User._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    activated: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: UserCredentials | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: UserProfile | None | Unset = UNSET
    status: UserStatus | None | Unset = UNSET
    status_changed: datetime.datetime | None | Unset = UNSET
    transitioning_to_status: UserStatus | None | Unset = UNSET
    type_: UserType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.activated is not UNSET and not omit_read_only:
            d["activated"] = _convert.dump_datetime(self.activated)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_login is not UNSET and not omit_read_only:
            d["lastLogin"] = _convert.dump_datetime(self.last_login)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.password_changed is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.status_changed is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(self.status_changed)
        if self.transitioning_to_status is not UNSET:
            d["transitioningToStatus"] = self.transitioning_to_status
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
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.activated = _convert.parse_datetime_text(v) if (v := d.pop("activated", UNSET)).__class__ is str else v
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _user_credentials.UserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_login = _convert.parse_datetime_text(v) if (v := d.pop("lastLogin", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.profile = (
            _user_profile.UserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        )
        obj.status = _convert.parse_enum(UserStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.status_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("statusChanged", UNSET)).__class__ is str else v
        )
        obj.transitioning_to_status = (
            _convert.parse_enum(UserStatus, v) if (v := d.pop("transitioningToStatus", UNSET)).__class__ is str else v
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
