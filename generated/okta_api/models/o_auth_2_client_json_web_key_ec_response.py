from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import o_auth_client_secret_links as _o_auth_client_secret_links
from .o_auth_2_client_json_web_key_ec_response_kty import OAuth2ClientJsonWebKeyECResponseKty
from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_client_secret_links import OAuthClientSecretLinks


@_attrs_define(kw_only=True)
class OAuth2ClientJsonWebKeyECResponse(OAuth2ClientJsonWebKeyRequestBase):
    """EC signing key

    An EC signing key

    Attributes:
        kid: Unique identifier of the JSON Web Key in the OAUth 2.0 client's JWKS
        status: OAuth2ClientJsonWebKeyRequestBaseStatus
        created (read-only, never sent): Timestamp when the OAuth 2.0 client JSON Web Key was created
        id (read-only, never sent): The unique ID of the OAuth client JSON Web Key
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the OAuth 2.0 client JSON Web Key was updated
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an app using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        kty: Cryptographic algorithm family for the certificate's key pair
        x: The public x coordinate for the elliptic curve point
        y: The public y coordinate for the elliptic curve point
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "_links": "field_links",
        "kty": "kty",
        "x": "x",
        "y": "y",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "field_links": "model",
        "kty": "enum",
        "x": "str",
        "y": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": "kid",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBaseStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "field_links": lambda d: (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        ),
        "kty": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonWebKeyECResponseKty, v)
            if (v := d.get("kty", UNSET)).__class__ is str
            else v
        ),
        "x": "x",
        "y": "y",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientJsonWebKeyECResponse._json_names),
    }

    kid: str | None | Unset = UNSET
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET
    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    field_links: OAuthClientSecretLinks | None | Unset = UNSET
    kty: OAuth2ClientJsonWebKeyECResponseKty | None | Unset = OAuth2ClientJsonWebKeyECResponseKty("EC")
    x: str | None | Unset = UNSET
    y: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.status is not UNSET:
            d["status"] = self.status
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.x is not UNSET:
            d["x"] = self.x
        if self.y is not UNSET:
            d["y"] = self.y
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.kid = d.pop("kid", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBaseStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.field_links = (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        )
        obj.kty = (
            _convert.parse_enum(OAuth2ClientJsonWebKeyECResponseKty, v)
            if (v := d.pop("kty", UNSET)).__class__ is str
            else v
        )
        obj.x = d.pop("x", UNSET)
        obj.y = d.pop("y", UNSET)
        obj.additional_properties = d
        return obj
