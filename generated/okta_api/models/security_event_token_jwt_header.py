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
class SecurityEventTokenJwtHeader(OktaModel):
    """Security event token JWT header

    JSON web token header for a security event token sent by the SSF transmitter

    Attributes:
        alg: Algorithm used to sign or encrypt the JWT
        kid: Key ID used to sign or encrypt the JWT
        typ: The type of content being signed or encrypted
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alg": "alg",
        "kid": "kid",
        "typ": "typ",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alg": "str",
        "kid": "str",
        "typ": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alg": "alg",
        "kid": "kid",
        "typ": "typ",
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventTokenJwtHeader._json_names),
    }

    alg: str | None | Unset
    kid: str | None | Unset
    typ: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alg is not UNSET:
            d["alg"] = self.alg
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.typ is not UNSET:
            d["typ"] = self.typ
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
        obj.kid = d.pop("kid", UNSET)
        obj.typ = d.pop("typ", UNSET)
        obj.additional_properties = d
        return obj
