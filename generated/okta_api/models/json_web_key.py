from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class JsonWebKey(OktaModel):
    """An Okta `JsonWebKey`.

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        e (read-only, never sent): RSA key value (public exponent) for Key binding
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the certificate expires
        kid (read-only, never sent): Unique identifier for the certificate
        kty (read-only, never sent): Cryptographic algorithm family for the certificate's keypair. Valid value: `RSA`
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        n: RSA modulus value that is used by both the public and private keys and provides a link
            between them
        use (read-only, never sent): Acceptable use of the certificate. Valid value: `sig`
        x5c (read-only, never sent): X.509 certificate chain that contains a chain of one or more certificates
        x_5_t_s256 (`x5t#S256`, read-only, never sent): X.509 certificate SHA-256 thumbprint, which is the base64url-encoded SHA-256 thumbprint
            (digest) of the DER encoding of an X.509 certificate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "e": "e",
        "expiresAt": "expires_at",
        "kid": "kid",
        "kty": "kty",
        "lastUpdated": "last_updated",
        "n": "n",
        "use": "use",
        "x5c": "x5c",
        "x5t#S256": "x_5_t_s256",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "e": "str",
        "expires_at": "datetime",
        "kid": "str",
        "kty": "str",
        "last_updated": "datetime",
        "n": "str",
        "use": "str",
        "x5c": "list:str",
        "x_5_t_s256": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "e": "e",
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "kid": "kid",
        "kty": "kty",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "n": "n",
        "use": "use",
        "x5c": "x5c",
        "x_5_t_s256": "x5t#S256",
        "additional_properties": lambda d: _convert.undeclared(d, JsonWebKey._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    e: str | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    n: str | None | Unset = UNSET
    use: str | None | Unset = UNSET
    x5c: list[str] | None | Unset = UNSET
    x_5_t_s256: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.e is not UNSET and not omit_read_only:
            d["e"] = self.e
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.kid is not UNSET and not omit_read_only:
            d["kid"] = self.kid
        if self.kty is not UNSET and not omit_read_only:
            d["kty"] = self.kty
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.n is not UNSET:
            d["n"] = self.n
        if self.use is not UNSET and not omit_read_only:
            d["use"] = self.use
        if self.x5c is not UNSET and not omit_read_only:
            d["x5c"] = self.x5c
        if self.x_5_t_s256 is not UNSET and not omit_read_only:
            d["x5t#S256"] = self.x_5_t_s256
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.e = d.pop("e", UNSET)
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.kid = d.pop("kid", UNSET)
        obj.kty = d.pop("kty", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.n = d.pop("n", UNSET)
        obj.use = d.pop("use", UNSET)
        obj.x5c = d.pop("x5c", UNSET)
        obj.x_5_t_s256 = d.pop("x5t#S256", UNSET)
        obj.additional_properties = d
        return obj
