from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_resource_server_key_links as _o_auth_resource_server_key_links
from .o_auth_2_resource_server_json_web_key_status import OAuth2ResourceServerJsonWebKeyStatus

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_resource_server_key_links import OAuthResourceServerKeyLinks


@_attrs_define(kw_only=True)
class OAuth2ResourceServerJsonWebKey(OktaModel):
    """An Okta `OAuth2ResourceServerJsonWebKey`.

    Attributes:
        created (read-only, never sent): Timestamp when the JSON Web Key was created
        e: RSA key value (exponent) for key binding
        id (read-only, never sent): The unique ID of the JSON Web Key
        kid: Unique identifier of the JSON Web Key in the Custom Authorization Server's Public JWKS
        kty: Cryptographic algorithm family for the certificate's key pair
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the JSON Web Key was updated
        n: RSA key value (modulus) for key binding
        status: The status of the encryption key. You can use only an `ACTIVE` key to encrypt tokens
            issued by the authorization server.
        use: Acceptable use of the JSON Web Key
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of a JSON Web Key using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "e": "e",
        "id": "id",
        "kid": "kid",
        "kty": "kty",
        "lastUpdated": "last_updated",
        "n": "n",
        "status": "status",
        "use": "use",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "str",
        "e": "str",
        "id": "str",
        "kid": "str",
        "kty": "str",
        "last_updated": "str",
        "n": "str",
        "status": "enum",
        "use": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": "created",
        "e": "e",
        "id": "id",
        "kid": "kid",
        "kty": "kty",
        "last_updated": "lastUpdated",
        "n": "n",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ResourceServerJsonWebKeyStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "use": "use",
        "field_links": lambda d: (
            _o_auth_resource_server_key_links.OAuthResourceServerKeyLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_resource_server_key_links.OAuthResourceServerKeyLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ResourceServerJsonWebKey._json_names),
    }

    created: str | None | Unset = UNSET
    e: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    n: str | None | Unset = UNSET
    status: OAuth2ResourceServerJsonWebKeyStatus | None | Unset = UNSET
    use: str | None | Unset = UNSET
    field_links: OAuthResourceServerKeyLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.e is not UNSET:
            d["e"] = self.e
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.n is not UNSET:
            d["n"] = self.n
        if self.status is not UNSET:
            d["status"] = self.status
        if self.use is not UNSET:
            d["use"] = self.use
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
        obj.created = d.pop("created", UNSET)
        obj.e = d.pop("e", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.kty = d.pop("kty", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.n = d.pop("n", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2ResourceServerJsonWebKeyStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.use = d.pop("use", UNSET)
        obj.field_links = (
            _o_auth_resource_server_key_links.OAuthResourceServerKeyLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_resource_server_key_links.OAuthResourceServerKeyLinks, v)
        )
        obj.additional_properties = d
        return obj
