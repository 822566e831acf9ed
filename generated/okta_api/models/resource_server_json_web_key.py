from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .json_web_key_status import JsonWebKeyStatus
from .json_web_key_type import JsonWebKeyType
from .json_web_key_use import JsonWebKeyUse

if TYPE_CHECKING:
    from typing import Self


_parse_kty = _convert.enum_parser(JsonWebKeyType)

_parse_status = _convert.enum_parser(JsonWebKeyStatus)

_parse_use = _convert.enum_parser(JsonWebKeyUse)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "e": ("e", None),
        "kid": ("kid", None),
        "kty": ("kty", _parse_kty),
        "n": ("n", None),
        "status": ("status", _parse_status),
        "use": ("use", _parse_use),
    }

    e: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    kty: JsonWebKeyType | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)
    status: JsonWebKeyStatus | None = _attrs_field(init=False)
    use: JsonWebKeyUse | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        e: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        kty: JsonWebKeyType | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        status: JsonWebKeyStatus | None | Unset = UNSET,
        use: JsonWebKeyUse | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if e is not UNSET:
            _set_field(self, "e", e)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if n is not UNSET:
            _set_field(self, "n", n)
        if status is not UNSET:
            _set_field(self, "status", status)
        if use is not UNSET:
            _set_field(self, "use", use)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("n", UNSET)) is not UNSET:
            d["n"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
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
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = _parse_kty(v, False)
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = _parse_use(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
