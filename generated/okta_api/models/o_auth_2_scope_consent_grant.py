from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_actor as _o_auth_2_actor
from .o_auth_2_scope_consent_grant_source import OAuth2ScopeConsentGrantSource
from .o_auth_2_scope_consent_grant_status import OAuth2ScopeConsentGrantStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .o_auth_2_actor import OAuth2Actor


@_attrs_define(kw_only=True)
class OAuth2ScopeConsentGrant(OktaModel):
    """An Okta `OAuth2ScopeConsentGrant`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        client_id (`clientId`): str
        created (read-only, never sent): datetime.datetime
        created_by (`createdBy`): OAuth2Actor
        id (read-only, never sent): str
        issuer: str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        scope_id (`scopeId`): str
        source: OAuth2ScopeConsentGrantSource
        status: OAuth2ScopeConsentGrantStatus
        user_id (`userId`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "clientId": "client_id",
        "created": "created",
        "createdBy": "created_by",
        "id": "id",
        "issuer": "issuer",
        "lastUpdated": "last_updated",
        "scopeId": "scope_id",
        "source": "source",
        "status": "status",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "client_id": "str",
        "created": "datetime",
        "created_by": "model",
        "id": "str",
        "issuer": "str",
        "last_updated": "datetime",
        "scope_id": "str",
        "source": "enum",
        "status": "enum",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "client_id": "clientId",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": lambda d: (
            _o_auth_2_actor.OAuth2Actor.from_json(v)
            if (v := d.get("createdBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_actor.OAuth2Actor, v)
        ),
        "id": "id",
        "issuer": "issuer",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "scope_id": "scopeId",
        "source": lambda d: (
            _convert.parse_enum(OAuth2ScopeConsentGrantSource, v)
            if (v := d.get("source", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(OAuth2ScopeConsentGrantStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ScopeConsentGrant._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by: OAuth2Actor | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    scope_id: str | None | Unset = UNSET
    source: OAuth2ScopeConsentGrantSource | None | Unset = UNSET
    status: OAuth2ScopeConsentGrantStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET:
            d["createdBy"] = _convert.dump_model(self.created_by, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.scope_id is not UNSET:
            d["scopeId"] = self.scope_id
        if self.source is not UNSET:
            d["source"] = self.source
        if self.status is not UNSET:
            d["status"] = self.status
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
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
        obj.client_id = d.pop("clientId", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = (
            _o_auth_2_actor.OAuth2Actor.from_dict(v)
            if (v := d.pop("createdBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_actor.OAuth2Actor, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.scope_id = d.pop("scopeId", UNSET)
        obj.source = (
            _convert.parse_enum(OAuth2ScopeConsentGrantSource, v)
            if (v := d.pop("source", UNSET)).__class__ is str
            else v
        )
        obj.status = (
            _convert.parse_enum(OAuth2ScopeConsentGrantStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
