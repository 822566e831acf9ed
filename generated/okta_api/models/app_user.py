from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_user_credentials as _app_user_credentials

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .app_user_credentials import AppUserCredentials


@_attrs_define(kw_only=True)
class AppUser(OktaModel):
    """An Okta `AppUser`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): datetime.datetime
        credentials: AppUserCredentials
        external_id (`externalId`, read-only, never sent): str
        id: str
        last_sync (`lastSync`, read-only, never sent): datetime.datetime
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        password_changed (`passwordChanged`, read-only, never sent): datetime.datetime
        profile: dict[str, Any]
        scope: str
        status (read-only, never sent): str
        status_changed (`statusChanged`, read-only, never sent): datetime.datetime
        sync_state (`syncState`, read-only, never sent): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "created": "created",
        "credentials": "credentials",
        "externalId": "external_id",
        "id": "id",
        "lastSync": "last_sync",
        "lastUpdated": "last_updated",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "scope": "scope",
        "status": "status",
        "statusChanged": "status_changed",
        "syncState": "sync_state",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "created": "datetime",
        "credentials": "model",
        "external_id": "str",
        "id": "str",
        "last_sync": "datetime",
        "last_updated": "datetime",
        "password_changed": "datetime",
        "profile": "dict",
        "scope": "str",
        "status": "str",
        "status_changed": "datetime",
        "sync_state": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        ),
        "external_id": "externalId",
        "id": "id",
        "last_sync": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastSync", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "profile": "profile",
        "scope": "scope",
        "status": "status",
        "status_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("statusChanged", UNSET)).__class__ is str else v
        ),
        "sync_state": "syncState",
        "additional_properties": lambda d: _convert.undeclared(d, AppUser._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: AppUserCredentials | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_sync: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    status_changed: datetime.datetime | None | Unset = UNSET
    sync_state: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.external_id is not UNSET and not omit_read_only:
            d["externalId"] = self.external_id
        if self.id is not UNSET:
            d["id"] = self.id
        if self.last_sync is not UNSET and not omit_read_only:
            d["lastSync"] = _convert.dump_datetime(self.last_sync)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.password_changed is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.status_changed is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(self.status_changed)
        if self.sync_state is not UNSET and not omit_read_only:
            d["syncState"] = self.sync_state
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _app_user_credentials.AppUserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        )
        obj.external_id = d.pop("externalId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_sync = _convert.parse_datetime_text(v) if (v := d.pop("lastSync", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.profile = d.pop("profile", UNSET)
        obj.scope = d.pop("scope", UNSET)
        obj.status = d.pop("status", UNSET)
        obj.status_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("statusChanged", UNSET)).__class__ is str else v
        )
        obj.sync_state = d.pop("syncState", UNSET)
        obj.additional_properties = d
        return obj
