from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_response_signature_algorithm as _saml_response_signature_algorithm

if TYPE_CHECKING:
    from typing import Self

    from .saml_response_signature_algorithm import SamlResponseSignatureAlgorithm


@_attrs_define(kw_only=True)
class SamlResponseAlgorithm(OktaModel):
    """Algorithm settings for verifying `<SAMLResponse>` messages and `<Assertion>` elements from the IdP

    Attributes:
        signature: XML digital Signature Algorithm settings for verifying `<SAMLResponse>` messages and
            `<Assertion>` elements from the IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signature": "signature",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signature": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signature": lambda d: (
            _saml_response_signature_algorithm.SamlResponseSignatureAlgorithm.from_json(v)
            if (v := d.get("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_response_signature_algorithm.SamlResponseSignatureAlgorithm, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlResponseAlgorithm._json_names),
    }

    signature: SamlResponseSignatureAlgorithm | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signature is not UNSET:
            d["signature"] = _convert.dump_model(self.signature, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.signature = (
            _saml_response_signature_algorithm.SamlResponseSignatureAlgorithm.from_dict(v)
            if (v := d.pop("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_response_signature_algorithm.SamlResponseSignatureAlgorithm, v)
        )
        obj.additional_properties = d
        return obj
