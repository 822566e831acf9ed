from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_2_client_json_web_key_request_body_status import OAuth2ClientJsonWebKeyRequestBodyStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuth2ClientJsonWebKeyRequestBody(OktaModel):
    """An Okta `OAuth2ClientJsonWebKeyRequestBody`.

    Attributes:
        alg: Algorithm used in the key
        e: RSA key value (exponent) for key binding
        kid: Unique identifier of the JSON Web Key in the OAuth 2.0 client's JWKS
        kty: Cryptographic algorithm family for the certificate's key pair
        n: RSA key value (modulus) for key binding
        status: Status of the OAuth 2.0 client JSON Web Key
        use: Acceptable use of the JSON Web Key
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": "status",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alg": "str",
        "e": "str",
        "kid": "str",
        "kty": "str",
        "n": "str",
        "status": "enum",
        "use": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alg": "alg",
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBodyStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "use": "use",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientJsonWebKeyRequestBody._json_names),
    }

    alg: str | None | Unset = UNSET
    e: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: str | None | Unset = UNSET
    n: str | None | Unset = UNSET
    status: OAuth2ClientJsonWebKeyRequestBodyStatus | None | Unset = UNSET
    use: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alg is not UNSET:
            d["alg"] = self.alg
        if self.e is not UNSET:
            d["e"] = self.e
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.n is not UNSET:
            d["n"] = self.n
        if self.status is not UNSET:
            d["status"] = self.status
        if self.use is not UNSET:
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
        obj.status = (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBodyStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.use = d.pop("use", UNSET)
        obj.additional_properties = d
        return obj
