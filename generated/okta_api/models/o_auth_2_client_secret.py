from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_client_secret_links as _o_auth_client_secret_links
from .o_auth_2_client_secret_status import OAuth2ClientSecretStatus

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_client_secret_links import OAuthClientSecretLinks


@_attrs_define(kw_only=True)
class OAuth2ClientSecret(OktaModel):
    """An Okta `OAuth2ClientSecret`.

    Attributes:
        client_secret (read-only, never sent): The OAuth 2.0 client secret string
        created (read-only, never sent): Timestamp when the OAuth 2.0 client secret was created
        id (read-only, never sent): The unique ID of the OAuth 2.0 client secret
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the OAuth 2.0 client secret was updated
        secret_hash (read-only, never sent): OAuth 2.0 client secret string hash
        status: Status of the OAuth 2.0 client secret
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an app using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_secret": "client_secret",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "secret_hash": "secret_hash",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_secret": "str",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "secret_hash": "str",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_secret": "client_secret",
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "secret_hash": "secret_hash",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientSecretStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientSecret._json_names),
    }

    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    secret_hash: str | None | Unset = UNSET
    status: OAuth2ClientSecretStatus | None | Unset = UNSET
    field_links: OAuthClientSecretLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_secret is not UNSET and not omit_read_only:
            d["client_secret"] = self.client_secret
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.secret_hash is not UNSET and not omit_read_only:
            d["secret_hash"] = self.secret_hash
        if self.status is not UNSET:
            d["status"] = self.status
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
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.secret_hash = d.pop("secret_hash", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2ClientSecretStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        )
        obj.additional_properties = d
        return obj
