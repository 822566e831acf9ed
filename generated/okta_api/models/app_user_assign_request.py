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
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402d90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402f10>
        created (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64027d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ba4c90>
        credentials (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402a90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64046d0>
        external_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402b90>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402d10>
        last_sync (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6402f90>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403110>
        last_updated (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64031d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ba6b10>
        password_changed (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403450>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64035d0>
        profile (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403690>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405050>
        scope (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403790>`): AppUserScope
        status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403a50>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64055d0>
        status_changed (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403b50>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403cd0>
        sync_state (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403d90>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405810>
        field_embedded (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6403e90>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6404050>
        field_links (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64040d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f89650>
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
