from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .ec_key_jwk_crv import ECKeyJWKCrv
from .ec_key_jwk_kty import ECKeyJWKKty
from .ec_key_jwk_use import ECKeyJWKUse

if TYPE_CHECKING:
    from typing import Self


_parse_crv = _convert.enum_parser(ECKeyJWKCrv)

_parse_kty = _convert.enum_parser(ECKeyJWKKty)

_parse_use = _convert.enum_parser(ECKeyJWKUse)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "crv": ("crv", _parse_crv),
        "kid": ("kid", None),
        "kty": ("kty", _parse_kty),
        "use": ("use", _parse_use),
        "x": ("x", None),
        "y": ("y", None),
    }

    crv: ECKeyJWKCrv | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    kty: ECKeyJWKKty | None = _attrs_field(init=False)
    use: ECKeyJWKUse | None = _attrs_field(init=False)
    x: str | None = _attrs_field(init=False)
    y: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        crv: ECKeyJWKCrv | None | Unset,
        kid: str | None | Unset,
        kty: ECKeyJWKKty | None | Unset,
        use: ECKeyJWKUse | None | Unset,
        x: str | None | Unset,
        y: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if crv is not UNSET:
            _set_field(self, "crv", crv)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if use is not UNSET:
            _set_field(self, "use", use)
        if x is not UNSET:
            _set_field(self, "x", x)
        if y is not UNSET:
            _set_field(self, "y", y)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("crv", UNSET)) is not UNSET:
            d["crv"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("use", UNSET)) is not UNSET:
            d["use"] = v
        if (v := values.get("x", UNSET)) is not UNSET:
            d["x"] = v
        if (v := values.get("y", UNSET)) is not UNSET:
            d["y"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("crv", UNSET)) is not UNSET:
            obj.crv = _parse_crv(v, False)
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = _parse_kty(v, False)
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = _parse_use(v, False)
        if (v := d.pop("x", UNSET)) is not UNSET:
            obj.x = v
        if (v := d.pop("y", UNSET)) is not UNSET:
            obj.y = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
