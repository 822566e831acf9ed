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
class OAuth2SettingsPublicKey(OktaModel):
    """The public key in JWK format. Returned when the OAuth authentication method is `PRIVATE_KEY_JWT`.

    Attributes:
        kty: Key type (e.g., `RSA`, `EC`)
        kid: Key ID
        e: RSA public exponent
        n: RSA modulus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kty": "kty",
        "kid": "kid",
        "e": "e",
        "n": "n",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kty": "str",
        "kid": "str",
        "e": "str",
        "n": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kty": "kty",
        "kid": "kid",
        "e": "e",
        "n": "n",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2SettingsPublicKey._json_names),
    }

    kty: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    e: str | None | Unset = UNSET
    n: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.e is not UNSET:
            d["e"] = self.e
        if self.n is not UNSET:
            d["n"] = self.n
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.kty = d.pop("kty", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.e = d.pop("e", UNSET)
        obj.n = d.pop("n", UNSET)
        obj.additional_properties = d
        return obj
