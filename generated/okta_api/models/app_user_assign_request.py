from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import app_user_credentials as _app_user_credentials
from . import app_user_profile as _app_user_profile
from . import links_app_and_user as _links_app_and_user
from .app_user import AppUser
from .app_user_scope import AppUserScope
from .app_user_status import AppUserStatus
from .app_user_sync_state import AppUserSyncState

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .app_user_credentials import AppUserCredentials
    from .app_user_profile import AppUserProfile
    from .links_app_and_user import LinksAppAndUser


@_attrs_define(kw_only=True)
class AppUserAssignRequest(AppUser):
    """An Okta `AppUserAssignRequest`.

    Attributes:
        id: Unique identifier for the Okta user
        created (read-only, never sent): Timestamp when the object was created
        credentials: Specifies a user's credentials for the app.
            This parameter can be omitted for apps with [sign-on
            mode](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/signonmode)
            (`signOnMode`) or [authentication
            schemes](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/credentials/scheme)
            (`credentials.scheme`) that don't require credentials.
        external_id (`externalId`, read-only, never sent): The ID of the user in the target app that's linked to the Okta application user object.
            This value is the native app-specific identifier or primary key for the user in the target
            app.

            The `externalId` is set during import when the user is confirmed (reconciled) or during
            provisioning when the user is created in the target app.
            This value isn't populated for SSO app assignments (for example, SAML or SWA) because it
            isn't synchronized with a target app.
        last_sync (`lastSync`, read-only, never sent): Timestamp of the last synchronization operation. This value is only updated for apps with
            the `IMPORT_PROFILE_UPDATES` or `PUSH PROFILE_UPDATES` feature.
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        password_changed (`passwordChanged`, read-only, never sent): Timestamp when the application user password was last changed
        profile: Specifies the default and custom profile properties for a user.
            Properties that are visible in the Admin Console for an app assignment can also be
            assigned through the API.
            Some properties are reference properties that are imported from the target app and can't
            be configured.
            See
            [profile](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile).
        scope: AppUserScope
        status (read-only, never sent): Status of an application user
        status_changed (`statusChanged`, read-only, never sent): Timestamp when the application user status was last changed
        sync_state (`syncState`, read-only, never sent): The synchronization state for the application user.
            The application user's `syncState` depends on whether the `PROFILE_MASTERING` feature is
            enabled for the app.

            > **Note:** User provisioning currently must be configured through the Admin Console.
        field_embedded (`_embedded`, read-only, never sent): Embedded resources related to the application user using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of resources related to the application user.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "created": "created",
        "credentials": "credentials",
        "externalId": "external_id",
        "lastSync": "last_sync",
        "lastUpdated": "last_updated",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "scope": "scope",
        "status": "status",
        "statusChanged": "status_changed",
        "syncState": "sync_state",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "created": "datetime",
        "credentials": "model",
        "external_id": "str",
        "last_sync": "datetime",
        "last_updated": "datetime",
        "password_changed": "datetime",
        "profile": "model",
        "scope": "enum",
        "status": "enum",
        "status_changed": "datetime",
        "sync_state": "enum",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        ),
        "external_id": "externalId",
        "last_sync": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastSync", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _app_user_profile.AppUserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_profile.AppUserProfile, v)
        ),
        "scope": lambda d: _convert.parse_enum(AppUserScope, v) if (v := d.get("scope", UNSET)).__class__ is str else v,
        "status": lambda d: (
            _convert.parse_enum(AppUserStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "status_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("statusChanged", UNSET)).__class__ is str else v
        ),
        "sync_state": lambda d: (
            _convert.parse_enum(AppUserSyncState, v) if (v := d.get("syncState", UNSET)).__class__ is str else v
        ),
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _links_app_and_user.LinksAppAndUser.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_app_and_user.LinksAppAndUser, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppUserAssignRequest._json_names),
    }

    id: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    credentials: AppUserCredentials | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    last_sync: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: AppUserProfile | None | Unset = UNSET
    scope: AppUserScope | None | Unset = UNSET
    status: AppUserStatus | None | Unset = UNSET
    status_changed: datetime.datetime | None | Unset = UNSET
    sync_state: AppUserSyncState | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: LinksAppAndUser | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.external_id is not UNSET and not omit_read_only:
            d["externalId"] = self.external_id
        if self.last_sync is not UNSET and not omit_read_only:
            d["lastSync"] = _convert.dump_datetime(self.last_sync)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.password_changed is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.status_changed is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(self.status_changed)
        if self.sync_state is not UNSET and not omit_read_only:
            d["syncState"] = self.sync_state
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
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
        obj.id = d.pop("id", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _app_user_credentials.AppUserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        )
        obj.external_id = d.pop("externalId", UNSET)
        obj.last_sync = _convert.parse_datetime_text(v) if (v := d.pop("lastSync", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.profile = (
            _app_user_profile.AppUserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_profile.AppUserProfile, v)
        )
        obj.scope = _convert.parse_enum(AppUserScope, v) if (v := d.pop("scope", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(AppUserStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.status_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("statusChanged", UNSET)).__class__ is str else v
        )
        obj.sync_state = (
            _convert.parse_enum(AppUserSyncState, v) if (v := d.pop("syncState", UNSET)).__class__ is str else v
        )
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _links_app_and_user.LinksAppAndUser.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_app_and_user.LinksAppAndUser, v)
        )
        obj.additional_properties = d
        return obj
