from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_request_signature_algorithm as _saml_request_signature_algorithm
from .saml_request_digest_algorithm import SamlRequestDigestAlgorithm

if TYPE_CHECKING:
    from typing import Self

    from .saml_request_signature_algorithm import SamlRequestSignatureAlgorithm


_parse_digest = _convert.enum_parser(SamlRequestDigestAlgorithm)


def _parse_signature(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_request_signature_algorithm.SamlRequestSignatureAlgorithm.from_json(v)
            if lazy
            else _saml_request_signature_algorithm.SamlRequestSignatureAlgorithm.from_dict(v)
        )
    return _convert.parse_model(_saml_request_signature_algorithm.SamlRequestSignatureAlgorithm, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "digest": ("digest", _parse_digest),
        "signature": ("signature", _parse_signature),
    }

    digest: SamlRequestDigestAlgorithm | None = _attrs_field(init=False)
    signature: SamlRequestSignatureAlgorithm | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        digest: SamlRequestDigestAlgorithm | None | Unset = UNSET,
        signature: SamlRequestSignatureAlgorithm | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if digest is not UNSET:
            _set_field(self, "digest", digest)
        if signature is not UNSET:
            _set_field(self, "signature", signature)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("digest", UNSET)) is not UNSET:
            d["digest"] = v
        if (v := values.get("signature", UNSET)) is not UNSET:
            d["signature"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("digest", UNSET)) is not UNSET:
            obj.digest = _parse_digest(v, False)
        if (v := d.pop("signature", UNSET)) is not UNSET:
            obj.signature = _parse_signature(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
