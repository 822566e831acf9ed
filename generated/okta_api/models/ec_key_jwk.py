from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .ec_key_jwk_crv import ECKeyJWKCrv
from .ec_key_jwk_kty import ECKeyJWKKty
from .ec_key_jwk_use import ECKeyJWKUse

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ECKeyJWK(OktaModel):
    """Elliptic curve key in JSON Web Key (JWK) format. It's used during enrollment to encrypt fulfillment
    requests to Yubico, or during activation to verify Yubico's JWS (JSON Web Signature) objects in
    fulfillment responses. The currently agreed protocol uses P-384.

    Attributes:
        crv: The elliptic curve protocol
        kid: The unique identifier of the key
        kty: The type of public key
        use: The intended use for the key. This value is either `enc` (encryption) during enrollment,
            when Okta uses the ECKeyJWK to encrypt requests to Yubico. Or it's `sig` (signature)
            during activation, when Okta uses the ECKeyJWK to verify the responses from Yubico.
        x: The public x coordinate for the elliptic curve point
        y: The public y coordinate for the elliptic curve point
    """

    _json_names: ClassVar[dict[str, str]] = {
        "crv": "crv",
        "kid": "kid",
        "kty": "kty",
        "use": "use",
        "x": "x",
        "y": "y",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "crv": "enum",
        "kid": "str",
        "kty": "enum",
        "use": "enum",
        "x": "str",
        "y": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "crv": lambda d: _convert.parse_enum(ECKeyJWKCrv, v) if (v := d.get("crv", UNSET)).__class__ is str else v,
        "kid": "kid",
        "kty": lambda d: _convert.parse_enum(ECKeyJWKKty, v) if (v := d.get("kty", UNSET)).__class__ is str else v,
        "use": lambda d: _convert.parse_enum(ECKeyJWKUse, v) if (v := d.get("use", UNSET)).__class__ is str else v,
        "x": "x",
        "y": "y",
        "additional_properties": lambda d: _convert.undeclared(d, ECKeyJWK._json_names),
    }

    crv: ECKeyJWKCrv | None | Unset
    kid: str | None | Unset
    kty: ECKeyJWKKty | None | Unset
    use: ECKeyJWKUse | None | Unset
    x: str | None | Unset
    y: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.crv is not UNSET:
            d["crv"] = self.crv
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.use is not UNSET:
            d["use"] = self.use
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
        obj.crv = _convert.parse_enum(ECKeyJWKCrv, v) if (v := d.pop("crv", UNSET)).__class__ is str else v
        obj.kid = d.pop("kid", UNSET)
        obj.kty = _convert.parse_enum(ECKeyJWKKty, v) if (v := d.pop("kty", UNSET)).__class__ is str else v
        obj.use = _convert.parse_enum(ECKeyJWKUse, v) if (v := d.pop("use", UNSET)).__class__ is str else v
        obj.x = d.pop("x", UNSET)
        obj.y = d.pop("y", UNSET)
        obj.additional_properties = d
        return obj
