from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import o_auth_client_secret_links as _o_auth_client_secret_links
from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus
from .o_auth_2_client_json_web_key_rsa_response_kty import OAuth2ClientJsonWebKeyRsaResponseKty

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_client_secret_links import OAuthClientSecretLinks


_parse_status = _convert.enum_parser(OAuth2ClientJsonWebKeyRequestBaseStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_json(v)
            if lazy
            else _o_auth_client_secret_links.OAuthClientSecretLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)


_parse_kty = _convert.enum_parser(OAuth2ClientJsonWebKeyRsaResponseKty)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ClientJsonWebKeyRsaResponse(OAuth2ClientJsonWebKeyRequestBase):
    """RSA signing key

    An RSA signing key

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
        e: RSA key value (exponent) for key binding
        kty: Cryptographic algorithm family for the certificate's key pair
        n: RSA key value (modulus) for key binding
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "_links": "field_links",
        "e": "e",
        "kty": "kty",
        "n": "n",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "field_links": "model",
        "e": "str",
        "kty": "enum",
        "n": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": ("kid", None),
        "status": ("status", _parse_status),
        "created": ("created", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "field_links": ("_links", _parse_field_links),
        "e": ("e", None),
        "kty": ("kty", _parse_kty),
        "n": ("n", None),
    }

    kid: str | None = _attrs_field(init=False)
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None = _attrs_field(init=False)
    created: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    field_links: OAuthClientSecretLinks | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    kty: OAuth2ClientJsonWebKeyRsaResponseKty | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kid: str | None | Unset = UNSET,
        status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        field_links: OAuthClientSecretLinks | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        kty: OAuth2ClientJsonWebKeyRsaResponseKty | None | Unset = OAuth2ClientJsonWebKeyRsaResponseKty("RSA"),
        n: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if status is not UNSET:
            _set_field(self, "status", status)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if e is not UNSET:
            _set_field(self, "e", e)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if n is not UNSET:
            _set_field(self, "n", n)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = _parse_kty(v, False)
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
