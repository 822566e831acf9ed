from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_created_by(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _o_auth_2_actor.OAuth2Actor.from_json(v) if lazy else _o_auth_2_actor.OAuth2Actor.from_dict(v)
    return _convert.parse_model(_o_auth_2_actor.OAuth2Actor, v)


_parse_source = _convert.enum_parser(OAuth2ScopeConsentGrantSource)

_parse_status = _convert.enum_parser(GrantOrTokenStatus)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded.from_json(v)
            if lazy
            else _o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_scope_consent_grant_embedded.OAuth2ScopeConsentGrantEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks.from_json(v)
            if lazy
            else _o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_scope_consent_grant_links.OAuth2ScopeConsentGrantLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "issuer": ("issuer", None),
        "scope_id": ("scopeId", None),
        "client_id": ("clientId", None),
        "created": ("created", _convert.parse_datetime),
        "created_by": ("createdBy", _parse_created_by),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "source": ("source", _parse_source),
        "status": ("status", _parse_status),
        "user_id": ("userId", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    issuer: str | None = _attrs_field(init=False)
    scope_id: str | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    created_by: OAuth2Actor | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    source: OAuth2ScopeConsentGrantSource | None = _attrs_field(init=False)
    status: GrantOrTokenStatus | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    field_embedded: OAuth2ScopeConsentGrantEmbedded | None = _attrs_field(init=False)
    field_links: OAuth2ScopeConsentGrantLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        issuer: str | None | Unset,
        scope_id: str | None | Unset,
        client_id: str | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        created_by: OAuth2Actor | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        source: OAuth2ScopeConsentGrantSource | None | Unset = UNSET,
        status: GrantOrTokenStatus | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        field_embedded: OAuth2ScopeConsentGrantEmbedded | None | Unset = UNSET,
        field_links: OAuth2ScopeConsentGrantLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if scope_id is not UNSET:
            _set_field(self, "scope_id", scope_id)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if created is not UNSET:
            _set_field(self, "created", created)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if source is not UNSET:
            _set_field(self, "source", source)
        if status is not UNSET:
            _set_field(self, "status", status)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
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
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("scope_id", UNSET)) is not UNSET:
            d["scopeId"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET and not omit_read_only:
            d["clientId"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("source", UNSET)) is not UNSET and not omit_read_only:
            d["source"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET and not omit_read_only:
            d["userId"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("scopeId", UNSET)) is not UNSET:
            obj.scope_id = v
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = _parse_created_by(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = _parse_source(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
