from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus
from .o_auth_2_client_json_web_key_rsa_request_kty import OAuth2ClientJsonWebKeyRsaRequestKty

if TYPE_CHECKING:
    from typing import Self


_parse_status = _convert.enum_parser(OAuth2ClientJsonWebKeyRequestBaseStatus)

_parse_kty = _convert.enum_parser(OAuth2ClientJsonWebKeyRsaRequestKty)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2ClientJsonWebKeyRsaRequest(OAuth2ClientJsonWebKeyRequestBase):
    """RSA signing key

    An RSA signing key

    Attributes:
        kid: Unique identifier of the JSON Web Key in the OAUth 2.0 client's JWKS
        status: OAuth2ClientJsonWebKeyRequestBaseStatus
        e: RSA key value (exponent) for key binding
        kty: Cryptographic algorithm family for the certificate's key pair
        n: RSA key value (modulus) for key binding
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
        "e": "e",
        "kty": "kty",
        "n": "n",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
        "e": "str",
        "kty": "enum",
        "n": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": ("kid", None),
        "status": ("status", _parse_status),
        "e": ("e", None),
        "kty": ("kty", _parse_kty),
        "n": ("n", None),
    }

    kid: str | None = _attrs_field(init=False)
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    kty: OAuth2ClientJsonWebKeyRsaRequestKty | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kid: str | None | Unset = UNSET,
        status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        kty: OAuth2ClientJsonWebKeyRsaRequestKty | None | Unset = OAuth2ClientJsonWebKeyRsaRequestKty("RSA"),
        n: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if status is not UNSET:
            _set_field(self, "status", status)
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
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = _parse_kty(v, False)
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
