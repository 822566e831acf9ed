from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_request_signature_algorithm as _saml_request_signature_algorithm
from .saml_request_digest_algorithm import SamlRequestDigestAlgorithm

if TYPE_CHECKING:
    from typing import Self

    from .saml_request_signature_algorithm import SamlRequestSignatureAlgorithm


@_attrs_define(kw_only=True)
class SamlRequestAlgorithm(OktaModel):
    """Algorithm settings used to secure an `<AuthnRequest>` message

    Attributes:
        digest: XML Digest Algorithm setting for cryptographically hashing `<AuthnRequest>` messages sent
            to the IdP
            > **Note:**  This property is ignored when you disable request signatures (`scope` set as
            `NONE`).
        signature: XML digital Signature Algorithm settings for signing `<AuthnRequest>` messages sent to the
            IdP
            > **Note:**  The `algorithm` property is ignored when you disable request signatures
            (`scope` set as `NONE`).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "digest": "digest",
        "signature": "signature",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "digest": "enum",
        "signature": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "digest": lambda d: (
            _convert.parse_enum(SamlRequestDigestAlgorithm, v) if (v := d.get("digest", UNSET)).__class__ is str else v
        ),
        "signature": lambda d: (
            _saml_request_signature_algorithm.SamlRequestSignatureAlgorithm.from_json(v)
            if (v := d.get("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_request_signature_algorithm.SamlRequestSignatureAlgorithm, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlRequestAlgorithm._json_names),
    }

    digest: SamlRequestDigestAlgorithm | None | Unset = UNSET
    signature: SamlRequestSignatureAlgorithm | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.digest is not UNSET:
            d["digest"] = self.digest
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
        obj.digest = (
            _convert.parse_enum(SamlRequestDigestAlgorithm, v) if (v := d.pop("digest", UNSET)).__class__ is str else v
        )
        obj.signature = (
            _saml_request_signature_algorithm.SamlRequestSignatureAlgorithm.from_dict(v)
            if (v := d.pop("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_request_signature_algorithm.SamlRequestSignatureAlgorithm, v)
        )
        obj.additional_properties = d
        return obj
