from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if lazy
            else _app_user_credentials.AppUserCredentials.from_dict(v)
        )
    return _convert.parse_model(_app_user_credentials.AppUserCredentials, v)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _app_user_profile.AppUserProfile.from_json(v) if lazy else _app_user_profile.AppUserProfile.from_dict(v)
    return _convert.parse_model(_app_user_profile.AppUserProfile, v)


_parse_scope = _convert.enum_parser(AppUserScope)

_parse_status = _convert.enum_parser(AppUserStatus)

_parse_sync_state = _convert.enum_parser(AppUserSyncState)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_app_and_user.LinksAppAndUser.from_json(v)
            if lazy
            else _links_app_and_user.LinksAppAndUser.from_dict(v)
        )
    return _convert.parse_model(_links_app_and_user.LinksAppAndUser, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "created": ("created", _convert.parse_datetime),
        "credentials": ("credentials", _parse_credentials),
        "external_id": ("externalId", None),
        "last_sync": ("lastSync", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "password_changed": ("passwordChanged", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "scope": ("scope", _parse_scope),
        "status": ("status", _parse_status),
        "status_changed": ("statusChanged", _convert.parse_datetime),
        "sync_state": ("syncState", _parse_sync_state),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    credentials: AppUserCredentials | None = _attrs_field(init=False)
    external_id: str | None = _attrs_field(init=False)
    last_sync: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    password_changed: datetime.datetime | None = _attrs_field(init=False)
    profile: AppUserProfile | None = _attrs_field(init=False)
    scope: AppUserScope | None = _attrs_field(init=False)
    status: AppUserStatus | None = _attrs_field(init=False)
    status_changed: datetime.datetime | None = _attrs_field(init=False)
    sync_state: AppUserSyncState | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: LinksAppAndUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        credentials: AppUserCredentials | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
        last_sync: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        password_changed: datetime.datetime | None | Unset = UNSET,
        profile: AppUserProfile | None | Unset = UNSET,
        scope: AppUserScope | None | Unset = UNSET,
        status: AppUserStatus | None | Unset = UNSET,
        status_changed: datetime.datetime | None | Unset = UNSET,
        sync_state: AppUserSyncState | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: LinksAppAndUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if created is not UNSET:
            _set_field(self, "created", created)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if last_sync is not UNSET:
            _set_field(self, "last_sync", last_sync)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if password_changed is not UNSET:
            _set_field(self, "password_changed", password_changed)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if status is not UNSET:
            _set_field(self, "status", status)
        if status_changed is not UNSET:
            _set_field(self, "status_changed", status_changed)
        if sync_state is not UNSET:
            _set_field(self, "sync_state", sync_state)
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
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("external_id", UNSET)) is not UNSET and not omit_read_only:
            d["externalId"] = v
        if (v := values.get("last_sync", UNSET)) is not UNSET and not omit_read_only:
            d["lastSync"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("password_changed", UNSET)) is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("status_changed", UNSET)) is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(v)
        if (v := values.get("sync_state", UNSET)) is not UNSET and not omit_read_only:
            d["syncState"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = v
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("lastSync", UNSET)) is not UNSET:
            obj.last_sync = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("passwordChanged", UNSET)) is not UNSET:
            obj.password_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = _parse_scope(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("statusChanged", UNSET)) is not UNSET:
            obj.status_changed = _convert.parse_datetime(v, False)
        if (v := d.pop("syncState", UNSET)) is not UNSET:
            obj.sync_state = _parse_sync_state(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
