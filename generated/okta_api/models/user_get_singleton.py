from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import user_credentials as _user_credentials
from . import user_get_singleton_embedded as _user_get_singleton_embedded
from . import user_get_singleton_links as _user_get_singleton_links
from . import user_get_singleton_type as _user_get_singleton_type
from . import user_profile as _user_profile
from .user import User
from .user_status import UserStatus
from .user_transitioning_to_status import UserTransitioningToStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_credentials import UserCredentials
    from .user_get_singleton_embedded import UserGetSingletonEmbedded
    from .user_get_singleton_links import UserGetSingletonLinks
    from .user_get_singleton_type import UserGetSingletonType
    from .user_profile import UserProfile


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_credentials.UserCredentials.from_json(v) if lazy else _user_credentials.UserCredentials.from_dict(v)
        )
    return _convert.parse_model(_user_credentials.UserCredentials, v)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _user_profile.UserProfile.from_json(v) if lazy else _user_profile.UserProfile.from_dict(v)
    return _convert.parse_model(_user_profile.UserProfile, v)


_parse_status = _convert.enum_parser(UserStatus)

_parse_transitioning_to_status = _convert.enum_parser(UserTransitioningToStatus)


def _parse_type_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_get_singleton_type.UserGetSingletonType.from_json(v)
            if lazy
            else _user_get_singleton_type.UserGetSingletonType.from_dict(v)
        )
    return _convert.parse_model(_user_get_singleton_type.UserGetSingletonType, v)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_get_singleton_embedded.UserGetSingletonEmbedded.from_json(v)
            if lazy
            else _user_get_singleton_embedded.UserGetSingletonEmbedded.from_dict(v)
        )
    return _convert.parse_model(_user_get_singleton_embedded.UserGetSingletonEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_get_singleton_links.UserGetSingletonLinks.from_json(v)
            if lazy
            else _user_get_singleton_links.UserGetSingletonLinks.from_dict(v)
        )
    return _convert.parse_model(_user_get_singleton_links.UserGetSingletonLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserGetSingleton(User):
    """An Okta `UserGetSingleton`.

    Attributes:
        activated (read-only, never sent): The timestamp when the user status transitioned to `ACTIVE`
        created (read-only, never sent): The timestamp when the user was created
        credentials: Specifies primary authentication and recovery credentials for a user. Credential types and
            requirements vary depending on the provider and security policy of the org.
        id (read-only, never sent): The unique key for the user
        last_login (`lastLogin`, read-only, never sent): The timestamp of the last login
        last_updated (`lastUpdated`, read-only, never sent): The timestamp when the user was last updated
        password_changed (`passwordChanged`, read-only, never sent): The timestamp when the user's password was last updated
        profile: Specifies the default and custom profile properties for a user.

            The default user profile is based on the [System for Cross-domain Identity Management:
            Core Schema](https://datatracker.ietf.org/doc/html/rfc7643).

            The only permitted customizations of the default profile are to update permissions, change
            whether the `firstName` and `lastName` properties are nullable, and specify a
            [pattern](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation)
            for `login`. You can use the Profile Editor in the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
            to make schema modifications.

            You can extend user profiles with custom properties. You must first add the custom
            property to the user profile schema before you reference it.
            You can use the Profile Editor in the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
            to manage schema extensions.

            Custom attributes can contain HTML tags. It's the client's responsibility to escape or
            encode this data before displaying it. Use
            [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
            to prevent cross-site scripting.
        realm_id (`realmId`, read-only, never sent): The ID of the realm in which the user is residing. See
            [Realms](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/realm).
        status (read-only, never sent): The current status of the user.

            The status of a user changes in response to explicit events, such as admin-driven
            lifecycle changes, user login, or self-service password recovery. Okta doesn't
            asynchronously sweep through users and update their password expiry state, for example.
            Instead, Okta evaluates password policy at login time, notices the password has expired,
            and moves the user to the expired state. When running reports, remember that the data is
            valid as of the last login or lifecycle event for that user.

            > **Note:** The `ACTIVATING` status is a transitional status that occurs when a user is
            being activated but hasn't completed the activation process. This status isn't directly
            settable through the API, nor should you use it for any of your user management workflows.
        status_changed (`statusChanged`, read-only, never sent): The timestamp when the status of the user last changed
        transitioning_to_status (`transitioningToStatus`, read-only, never sent): UserTransitioningToStatus
        type_ (`type`): The user type that determines the schema for the user's profile. The `type` property is a
            map that identifies the [User
            Types](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType).

            Currently it contains a single element, `id`. It can be specified when creating a new
            user, and can be updated by an admin on a full replace of an existing user (but not a
            partial update).
        field_embedded (`_embedded`): The embedded resources related to the object if the `expand` query parameter is specified
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://datatracker.ietf.org/doc/html/rfc8288)
            available for the current status of a user.
            The links object is used for dynamic discovery of related resources, lifecycle operations,
            and credential operations. The links object is read-only.

            For an individual user result, the links object contains a full set of link relations
            available for that user as determined by your policies.
            For a collection of users, the links object contains only the `self` link. Operations that
            return a collection of users include [List all
            users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers)
            and [List all group member
            users](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/listGroupUsers).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activated": "activated",
        "created": "created",
        "credentials": "credentials",
        "id": "id",
        "lastLogin": "last_login",
        "lastUpdated": "last_updated",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "realmId": "realm_id",
        "status": "status",
        "statusChanged": "status_changed",
        "transitioningToStatus": "transitioning_to_status",
        "type": "type_",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activated": "datetime",
        "created": "datetime",
        "credentials": "model",
        "id": "str",
        "last_login": "datetime",
        "last_updated": "datetime",
        "password_changed": "datetime",
        "profile": "model",
        "realm_id": "str",
        "status": "enum",
        "status_changed": "datetime",
        "transitioning_to_status": "enum",
        "type_": "model",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activated": ("activated", _convert.parse_datetime),
        "created": ("created", _convert.parse_datetime),
        "credentials": ("credentials", _parse_credentials),
        "id": ("id", None),
        "last_login": ("lastLogin", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "password_changed": ("passwordChanged", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "realm_id": ("realmId", None),
        "status": ("status", _parse_status),
        "status_changed": ("statusChanged", _convert.parse_datetime),
        "transitioning_to_status": ("transitioningToStatus", _parse_transitioning_to_status),
        "type_": ("type", _parse_type_),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    activated: datetime.datetime | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    credentials: UserCredentials | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_login: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    password_changed: datetime.datetime | None = _attrs_field(init=False)
    profile: UserProfile | None = _attrs_field(init=False)
    realm_id: str | None = _attrs_field(init=False)
    status: UserStatus | None = _attrs_field(init=False)
    status_changed: datetime.datetime | None = _attrs_field(init=False)
    transitioning_to_status: UserTransitioningToStatus | None = _attrs_field(init=False)
    type_: UserGetSingletonType | None = _attrs_field(init=False)  # type: ignore[assignment]
    field_embedded: UserGetSingletonEmbedded | None = _attrs_field(init=False)  # type: ignore[assignment]
    field_links: UserGetSingletonLinks | None = _attrs_field(init=False)  # type: ignore[assignment]

    def __init__(
        self,
        *,
        activated: datetime.datetime | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        credentials: UserCredentials | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_login: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        password_changed: datetime.datetime | None | Unset = UNSET,
        profile: UserProfile | None | Unset = UNSET,
        realm_id: str | None | Unset = UNSET,
        status: UserStatus | None | Unset = UNSET,
        status_changed: datetime.datetime | None | Unset = UNSET,
        transitioning_to_status: UserTransitioningToStatus | None | Unset = UNSET,
        type_: UserGetSingletonType | None | Unset = UNSET,
        field_embedded: UserGetSingletonEmbedded | None | Unset = UNSET,
        field_links: UserGetSingletonLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if activated is not UNSET:
            _set_field(self, "activated", activated)
        if created is not UNSET:
            _set_field(self, "created", created)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_login is not UNSET:
            _set_field(self, "last_login", last_login)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if password_changed is not UNSET:
            _set_field(self, "password_changed", password_changed)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if realm_id is not UNSET:
            _set_field(self, "realm_id", realm_id)
        if status is not UNSET:
            _set_field(self, "status", status)
        if status_changed is not UNSET:
            _set_field(self, "status_changed", status_changed)
        if transitioning_to_status is not UNSET:
            _set_field(self, "transitioning_to_status", transitioning_to_status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("activated", UNSET)) is not UNSET and not omit_read_only:
            d["activated"] = _convert.dump_datetime(v)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_login", UNSET)) is not UNSET and not omit_read_only:
            d["lastLogin"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("password_changed", UNSET)) is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("realm_id", UNSET)) is not UNSET and not omit_read_only:
            d["realmId"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("status_changed", UNSET)) is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(v)
        if (v := values.get("transitioning_to_status", UNSET)) is not UNSET and not omit_read_only:
            d["transitioningToStatus"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("activated", UNSET)) is not UNSET:
            obj.activated = _convert.parse_datetime(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastLogin", UNSET)) is not UNSET:
            obj.last_login = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("passwordChanged", UNSET)) is not UNSET:
            obj.password_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("realmId", UNSET)) is not UNSET:
            obj.realm_id = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("statusChanged", UNSET)) is not UNSET:
            obj.status_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("transitioningToStatus", UNSET)) is not UNSET:
            obj.transitioning_to_status = _parse_transitioning_to_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
