from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .protocol_algorithm_request_scope import ProtocolAlgorithmRequestScope
from .saml_signing_algorithm import SamlSigningAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlRequestSignatureAlgorithm(OktaModel):
    """XML digital Signature Algorithm settings for signing `<AuthnRequest>` messages sent to the IdP
    > **Note:**  The `algorithm` property is ignored when you disable request signatures (`scope` set as
    `NONE`).

    Attributes:
        algorithm: SamlSigningAlgorithm
        scope: Specifies whether to digitally sign authorization requests to the IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithm": "algorithm",
        "scope": "scope",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithm": "enum",
        "scope": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithm": lambda d: (
            _convert.parse_enum(SamlSigningAlgorithm, v) if (v := d.get("algorithm", UNSET)).__class__ is str else v
        ),
        "scope": lambda d: (
            _convert.parse_enum(ProtocolAlgorithmRequestScope, v)
            if (v := d.get("scope", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlRequestSignatureAlgorithm._json_names),
    }

    algorithm: SamlSigningAlgorithm | None | Unset = UNSET
    scope: ProtocolAlgorithmRequestScope | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithm is not UNSET:
            d["algorithm"] = self.algorithm
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.algorithm = (
            _convert.parse_enum(SamlSigningAlgorithm, v) if (v := d.pop("algorithm", UNSET)).__class__ is str else v
        )
        obj.scope = (
            _convert.parse_enum(ProtocolAlgorithmRequestScope, v)
            if (v := d.pop("scope", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
