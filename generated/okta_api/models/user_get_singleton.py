from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
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


@_attrs_define(kw_only=True)
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
        "realm_id": "realmId",
        "status": lambda d: _convert.parse_enum(UserStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v,
        "status_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("statusChanged", UNSET)).__class__ is str else v
        ),
        "transitioning_to_status": lambda d: (
            _convert.parse_enum(UserTransitioningToStatus, v)
            if (v := d.get("transitioningToStatus", UNSET)).__class__ is str
            else v
        ),
        "type_": lambda d: (
            _user_get_singleton_type.UserGetSingletonType.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_type.UserGetSingletonType, v)
        ),
        "field_embedded": lambda d: (
            _user_get_singleton_embedded.UserGetSingletonEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_embedded.UserGetSingletonEmbedded, v)
        ),
        "field_links": lambda d: (
            _user_get_singleton_links.UserGetSingletonLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_links.UserGetSingletonLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserGetSingleton._json_names),
    }

    activated: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: UserCredentials | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: UserProfile | None | Unset = UNSET
    realm_id: str | None | Unset = UNSET
    status: UserStatus | None | Unset = UNSET
    status_changed: datetime.datetime | None | Unset = UNSET
    transitioning_to_status: UserTransitioningToStatus | None | Unset = UNSET
    type_: UserGetSingletonType | None | Unset = UNSET  # type: ignore[assignment]
    field_embedded: UserGetSingletonEmbedded | None | Unset = UNSET  # type: ignore[assignment]
    field_links: UserGetSingletonLinks | None | Unset = UNSET  # type: ignore[assignment]

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        if self.realm_id is not UNSET and not omit_read_only:
            d["realmId"] = self.realm_id
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.status_changed is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(self.status_changed)
        if self.transitioning_to_status is not UNSET and not omit_read_only:
            d["transitioningToStatus"] = self.transitioning_to_status
        if self.type_ is not UNSET:
            d["type"] = _convert.dump_model(self.type_, omit_read_only)
        if self.field_embedded is not UNSET:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
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
        obj.realm_id = d.pop("realmId", UNSET)
        obj.status = _convert.parse_enum(UserStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.status_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("statusChanged", UNSET)).__class__ is str else v
        )
        obj.transitioning_to_status = (
            _convert.parse_enum(UserTransitioningToStatus, v)
            if (v := d.pop("transitioningToStatus", UNSET)).__class__ is str
            else v
        )
        obj.type_ = (
            _user_get_singleton_type.UserGetSingletonType.from_dict(v)
            if (v := d.pop("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_type.UserGetSingletonType, v)
        )
        obj.field_embedded = (
            _user_get_singleton_embedded.UserGetSingletonEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_embedded.UserGetSingletonEmbedded, v)
        )
        obj.field_links = (
            _user_get_singleton_links.UserGetSingletonLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_get_singleton_links.UserGetSingletonLinks, v)
        )
        obj.additional_properties = d
        return obj
