from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .o_auth_2_client_json_encryption_key_request_kty import OAuth2ClientJsonEncryptionKeyRequestKty
from .o_auth_2_client_json_encryption_key_request_use import OAuth2ClientJsonEncryptionKeyRequestUse
from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus

if TYPE_CHECKING:
    from typing import Self


_parse_status = _convert.enum_parser(OAuth2ClientJsonWebKeyRequestBaseStatus)

_parse_kty = _convert.enum_parser(OAuth2ClientJsonEncryptionKeyRequestKty)

_parse_use = _convert.enum_parser(OAuth2ClientJsonEncryptionKeyRequestUse)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ClientJsonEncryptionKeyRequest(OAuth2ClientJsonWebKeyRequestBase):
    """Encryption key

    A [JSON Web Key (JWK)](https://tools.ietf.org/html/rfc7517) is a JSON representation of a
    cryptographic key. Okta uses an encryption key to encrypt an ID token JWT minted by the org
    authorization server or custom authorization server. Okta supports only RSA keys for encrypting
    tokens.

    Attributes:
        kid: Unique identifier of the JSON Web Key in the OAUth 2.0 client's JWKS
        status: OAuth2ClientJsonWebKeyRequestBaseStatus
        alg: Algorithm used in the key
        e: RSA key value (exponent) for key binding
        kty: Cryptographic algorithm family for the certificate's key pair
        n: RSA key value (modulus) for key binding
        use: Acceptable use of the JSON Web Key
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
        "alg": "alg",
        "e": "e",
        "kty": "kty",
        "n": "n",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
        "alg": "str",
        "e": "str",
        "kty": "enum",
        "n": "str",
        "use": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": ("kid", None),
        "status": ("status", _parse_status),
        "alg": ("alg", None),
        "e": ("e", None),
        "kty": ("kty", _parse_kty),
        "n": ("n", None),
        "use": ("use", _parse_use),
    }

    kid: str | None = _attrs_field(init=False)
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None = _attrs_field(init=False)
    alg: str | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    kty: OAuth2ClientJsonEncryptionKeyRequestKty | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)
    use: OAuth2ClientJsonEncryptionKeyRequestUse | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kid: str | None | Unset = UNSET,
        status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET,
        alg: str | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        kty: OAuth2ClientJsonEncryptionKeyRequestKty | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        use: OAuth2ClientJsonEncryptionKeyRequestUse | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if status is not UNSET:
            _set_field(self, "status", status)
        if alg is not UNSET:
            _set_field(self, "alg", alg)
        if e is not UNSET:
            _set_field(self, "e", e)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if n is not UNSET:
            _set_field(self, "n", n)
        if use is not UNSET:
            _set_field(self, "use", use)
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
        if (v := values.get("alg", UNSET)) is not UNSET:
            d["alg"] = v
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if (v := values.get("use", UNSET)) is not UNSET:
            d["use"] = v
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
        if (v := d.pop("alg", UNSET)) is not UNSET:
            obj.alg = v
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = _parse_kty(v, False)
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = _parse_use(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
