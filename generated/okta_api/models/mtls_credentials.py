from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import mtls_trust_credentials as _mtls_trust_credentials

if TYPE_CHECKING:
    from typing import Self

    from .mtls_trust_credentials import MtlsTrustCredentials


@_attrs_define(kw_only=True)
class MtlsCredentials(OktaModel):
    """Certificate chain description for verifying assertions from the Smart Card

    Attributes:
        trust: MtlsTrustCredentials
    """

    _json_names: ClassVar[dict[str, str]] = {
        "trust": "trust",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "trust": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "trust": lambda d: (
            _mtls_trust_credentials.MtlsTrustCredentials.from_json(v)
            if (v := d.get("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_trust_credentials.MtlsTrustCredentials, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MtlsCredentials._json_names),
    }

    trust: MtlsTrustCredentials | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.trust is not UNSET:
            d["trust"] = _convert.dump_model(self.trust, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.trust = (
            _mtls_trust_credentials.MtlsTrustCredentials.from_dict(v)
            if (v := d.pop("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_trust_credentials.MtlsTrustCredentials, v)
        )
        obj.additional_properties = d
        return obj
