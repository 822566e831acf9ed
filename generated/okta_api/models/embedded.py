from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Embedded(OktaModel):
    """The Public Key Details are defined in the `_embedded` property of the Key object.

    Attributes:
        alg (read-only, never sent): Algorithm used in the key
        e (read-only, never sent): RSA key value (exponent) for key binding
        kid (read-only, never sent): Unique identifier for the certificate
        kty (read-only, never sent): Cryptographic algorithm family for the certificate's keypair
        n (read-only, never sent): RSA key value (modulus) for key binding
        use (read-only, never sent): Acceptable use of the certificate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alg": "str",
        "e": "str",
        "kid": "str",
        "kty": "str",
        "n": "str",
        "use": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "use": "use",
        "additional_properties": lambda d: _convert.undeclared(d, Embedded._json_names),
    }

    alg: str | None | Unset = UNSET
    e: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    n: str | None | Unset = UNSET
    use: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alg is not UNSET and not omit_read_only:
            d["alg"] = self.alg
        if self.e is not UNSET and not omit_read_only:
            d["e"] = self.e
        if self.kid is not UNSET and not omit_read_only:
            d["kid"] = self.kid
        if self.kty is not UNSET and not omit_read_only:
            d["kty"] = self.kty
        if self.n is not UNSET and not omit_read_only:
            d["n"] = self.n
        if self.use is not UNSET and not omit_read_only:
            d["use"] = self.use
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
        obj.use = d.pop("use", UNSET)
        obj.additional_properties = d
        return obj
