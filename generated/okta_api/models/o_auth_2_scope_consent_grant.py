from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_actor as _o_auth_2_actor
from . import o_auth_2_scope_consent_grant_embedded as _o_auth_2_scope_consent_grant_embedded
from . import o_auth_2_scope_consent_grant_links as _o_auth_2_scope_consent_grant_links
from .grant_or_token_status import GrantOrTokenStatus
from .o_auth_2_scope_consent_grant_source import OAuth2ScopeConsentGrantSource

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .o_auth_2_actor import OAuth2Actor
    from .o_auth_2_scope_consent_grant_embedded import OAuth2ScopeConsentGrantEmbedded
    from .o_auth_2_scope_consent_grant_links import OAuth2ScopeConsentGrantLinks


@_attrs_define(kw_only=True)
class OAuth2ScopeConsentGrant(OktaModel):
    """Grant object that represents an app consent scope grant

    Attributes:
        issuer: The issuer of your org authorization server. This is typically your Okta domain.
        scope_id (`scopeId`): The name of the [Okta scope](https://developer.okta.com/docs/api/oauth2/#oauth-20-scopes)
            for which consent is granted
        client_id (`clientId`, read-only, never sent): Client ID of the app integration
        created (read-only, never sent): Timestamp when the object was created
        created_by (`createdBy`, read-only, never sent): User that created the object
        id (read-only, never sent): ID of the Grant object
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        source (read-only, never sent): User type source that granted consent
        status (read-only, never sent): Status
        user_id (`userId`, read-only, never sent): User ID that granted consent (if `source` is `END_USER`)
        field_embedded (`_embedded`, read-only, never sent): Embedded resources related to the Grant
        field_links (`_links`, read-only, never sent): OAuth2ScopeConsentGrantLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "issuer": "issuer",
        "scopeId": "scope_id",
        "clientId": "client_id",
        "created": "created",
        "createdBy": "created_by",
        "id": "id",
        "lastUpdated": "last_updated",
        "source": "source",
        "status": "status",
        "userId": "user_id",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "issuer": "str",
        "scope_id": "str",
        "client_id": "str",
        "created": "datetime",
        "created_by": "model",
        "id": "str",
        "last_updated": "datetime",
        "source": "enum",
        "status": "enum",
        "user_id": "str",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "issuer": "issuer",
        "scope_id": "scopeId",
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
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "source": lambda d: (
            _convert.parse_enum(OAuth2ScopeConsentGrantSource, v)
            if (v := d.get("source", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(GrantOrTokenStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "user_id": "userId",
        "field_embedded": lambda d: (
            _o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded, v)
        ),
        "field_links": lambda d: (
            _o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ScopeConsentGrant._json_names),
    }

    issuer: str | None | Unset
    scope_id: str | None | Unset
    client_id: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by: OAuth2Actor | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    source: OAuth2ScopeConsentGrantSource | None | Unset = UNSET
    status: GrantOrTokenStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    field_embedded: OAuth2ScopeConsentGrantEmbedded | None | Unset = UNSET
    field_links: OAuth2ScopeConsentGrantLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.scope_id is not UNSET:
            d["scopeId"] = self.scope_id
        if self.client_id is not UNSET and not omit_read_only:
            d["clientId"] = self.client_id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = _convert.dump_model(self.created_by, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.source is not UNSET and not omit_read_only:
            d["source"] = self.source
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.user_id is not UNSET and not omit_read_only:
            d["userId"] = self.user_id
        if self.field_embedded is not UNSET and not omit_read_only:
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
        obj.issuer = d.pop("issuer", UNSET)
        obj.scope_id = d.pop("scopeId", UNSET)
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
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.source = (
            _convert.parse_enum(OAuth2ScopeConsentGrantSource, v)
            if (v := d.pop("source", UNSET)).__class__ is str
            else v
        )
        obj.status = _convert.parse_enum(GrantOrTokenStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.user_id = d.pop("userId", UNSET)
        obj.field_embedded = (
            _o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded, v)
        )
        obj.field_links = (
            _o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks, v)
        )
        obj.additional_properties = d
        return obj
