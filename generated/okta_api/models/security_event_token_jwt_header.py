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
        "alg": ("alg", None),
        "kid": ("kid", None),
        "typ": ("typ", None),
    }

    alg: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    typ: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        alg: str | None | Unset,
        kid: str | None | Unset,
        typ: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if alg is not UNSET:
            _set_field(self, "alg", alg)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if typ is not UNSET:
            _set_field(self, "typ", typ)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("alg", UNSET)) is not UNSET:
            d["alg"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("typ", UNSET)) is not UNSET:
            d["typ"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("alg", UNSET)) is not UNSET:
            obj.alg = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("typ", UNSET)) is not UNSET:
            obj.typ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
