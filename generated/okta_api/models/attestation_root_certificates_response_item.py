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
class AttestationRootCertificatesResponseItem(OktaModel):
    """An Okta `AttestationRootCertificatesResponseItem`.

    Attributes:
        x5c: X.509 certificate chain
        x_5_t_s256 (`x5t#S256`): SHA-256 hash (thumbprint) of the X.509 certificate
        iss: Issuer of certificate
        exp: Expiry date of certificate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "x5c": "x5c",
        "x5t#S256": "x_5_t_s256",
        "iss": "iss",
        "exp": "exp",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "x5c": "str",
        "x_5_t_s256": "str",
        "iss": "str",
        "exp": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "x5c": "x5c",
        "x_5_t_s256": "x5t#S256",
        "iss": "iss",
        "exp": "exp",
        "additional_properties": lambda d: _convert.undeclared(d, AttestationRootCertificatesResponseItem._json_names),
    }

    x5c: str | None | Unset = UNSET
    x_5_t_s256: str | None | Unset = UNSET
    iss: str | None | Unset = UNSET
    exp: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.x5c is not UNSET:
            d["x5c"] = self.x5c
        if self.x_5_t_s256 is not UNSET:
            d["x5t#S256"] = self.x_5_t_s256
        if self.iss is not UNSET:
            d["iss"] = self.iss
        if self.exp is not UNSET:
            d["exp"] = self.exp
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.x5c = d.pop("x5c", UNSET)
        obj.x_5_t_s256 = d.pop("x5t#S256", UNSET)
        obj.iss = d.pop("iss", UNSET)
        obj.exp = d.pop("exp", UNSET)
        obj.additional_properties = d
        return obj
