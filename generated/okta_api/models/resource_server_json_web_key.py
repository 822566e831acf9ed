from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .json_web_key_status import JsonWebKeyStatus
from .json_web_key_type import JsonWebKeyType
from .json_web_key_use import JsonWebKeyUse

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ResourceServerJsonWebKey(OktaModel):
    """A [JSON Web Key (JWK)](https://tools.ietf.org/html/rfc7517) is a JSON representation of a
    cryptographic key. Okta can use the active key to encrypt the access token minted by the
    authorization server. Okta supports only RSA keys with 'use: enc'.

    Attributes:
        e: The key exponent of a RSA key
        kid: The unique identifier of the key
        kty: The type of public key
        n: The modulus of the RSA key
        status: The status of the public key
        use: The intended use of the public key
    """

    _json_names: ClassVar[dict[str, str]] = {
        "e": "e",
        "kid": "kid",
        "kty": "kty",
        "n": "n",
        "status": "status",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "e": "str",
        "kid": "str",
        "kty": "enum",
        "n": "str",
        "status": "enum",
        "use": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "e": "e",
        "kid": "kid",
        "kty": lambda d: _convert.parse_enum(JsonWebKeyType, v) if (v := d.get("kty", UNSET)).__class__ is str else v,
        "n": "n",
        "status": lambda d: (
            _convert.parse_enum(JsonWebKeyStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "use": lambda d: _convert.parse_enum(JsonWebKeyUse, v) if (v := d.get("use", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, ResourceServerJsonWebKey._json_names),
    }

    e: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    kty: JsonWebKeyType | None | Unset = UNSET
    n: str | None | Unset = UNSET
    status: JsonWebKeyStatus | None | Unset = UNSET
    use: JsonWebKeyUse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.e = d.pop("e", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.kty = _convert.parse_enum(JsonWebKeyType, v) if (v := d.pop("kty", UNSET)).__class__ is str else v
        obj.n = d.pop("n", UNSET)
        obj.status = _convert.parse_enum(JsonWebKeyStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.use = _convert.parse_enum(JsonWebKeyUse, v) if (v := d.pop("use", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
