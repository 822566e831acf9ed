from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class AuthorizationServerJsonWebKey(OktaModel):
    """An Okta `AuthorizationServerJsonWebKey`.

    Attributes:
        alg: The algorithm used with the Key. Valid value: `RS256`
        e (read-only, never sent): RSA key value (public exponent) for Key binding
        kid (read-only, never sent): Unique identifier for the key
        kty (read-only, never sent): Cryptographic algorithm family for the certificate's keypair. Valid value: `RSA`
        n: RSA modulus value that is used by both the public and private keys and provides a link
            between them
        status: An `ACTIVE` Key is used to sign tokens issued by the authorization server. Supported
            values: `ACTIVE`, `NEXT`, or `EXPIRED`<br>
            A `NEXT` Key is the next Key that the authorization server uses to sign tokens when Keys
            are rotated. The `NEXT` Key might not be listed if it hasn't been generated.
            An `EXPIRED` Key is the previous Key that the authorization server used to sign tokens.
            The `EXPIRED` Key might not be listed if no Key has expired or the expired Key was
            deleted.
        use (read-only, never sent): Acceptable use of the key. Valid value: `sig`
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": "status",
        "use": "use",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alg": "str",
        "e": "str",
        "kid": "str",
        "kty": "str",
        "n": "str",
        "status": "str",
        "use": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": "status",
        "use": "use",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerJsonWebKey._json_names),
    }

    alg: str | None | Unset = UNSET
    e: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    n: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    use: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alg is not UNSET:
            d["alg"] = self.alg
        if self.e is not UNSET and not omit_read_only:
            d["e"] = self.e
        if self.kid is not UNSET and not omit_read_only:
            d["kid"] = self.kid
        if self.kty is not UNSET and not omit_read_only:
            d["kty"] = self.kty
        if self.n is not UNSET:
            d["n"] = self.n
        if self.status is not UNSET:
            d["status"] = self.status
        if self.use is not UNSET and not omit_read_only:
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
        obj.alg = d.pop("alg", UNSET)
        obj.e = d.pop("e", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.kty = d.pop("kty", UNSET)
        obj.n = d.pop("n", UNSET)
        obj.status = d.pop("status", UNSET)
        obj.use = d.pop("use", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
