from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "kty": ("kty", None),
        "kid": ("kid", None),
        "e": ("e", None),
        "n": ("n", None),
    }

    kty: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    e: str | None = _attrs_field(init=False)
    n: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kty: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        e: str | None | Unset = UNSET,
        n: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kty is not UNSET:
            _set_field(self, "kty", kty)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if e is not UNSET:
            _set_field(self, "e", e)
        if n is not UNSET:
            _set_field(self, "n", n)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("kty", UNSET)) is not UNSET:
            d["kty"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("e", UNSET)) is not UNSET:
            d["e"] = v
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
        if (v := d.pop("kty", UNSET)) is not UNSET:
            obj.kty = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("e", UNSET)) is not UNSET:
            obj.e = v
        if (v := d.pop("n", UNSET)) is not UNSET:
            obj.n = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
