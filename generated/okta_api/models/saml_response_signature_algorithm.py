from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .protocol_algorithm_response_scope import ProtocolAlgorithmResponseScope
from .saml_signing_algorithm import SamlSigningAlgorithm

if TYPE_CHECKING:
    from typing import Self


_parse_algorithm = _convert.enum_parser(SamlSigningAlgorithm)

_parse_scope = _convert.enum_parser(ProtocolAlgorithmResponseScope)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlResponseSignatureAlgorithm(OktaModel):
    """XML digital Signature Algorithm settings for verifying `<SAMLResponse>` messages and `<Assertion>`
    elements from the IdP

    Attributes:
        algorithm: SamlSigningAlgorithm
        scope: Specifies whether to verify responses from the IdP
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
        "algorithm": ("algorithm", _parse_algorithm),
        "scope": ("scope", _parse_scope),
    }

    algorithm: SamlSigningAlgorithm | None = _attrs_field(init=False)
    scope: ProtocolAlgorithmResponseScope | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        algorithm: SamlSigningAlgorithm | None | Unset = UNSET,
        scope: ProtocolAlgorithmResponseScope | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if algorithm is not UNSET:
            _set_field(self, "algorithm", algorithm)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("algorithm", UNSET)) is not UNSET:
            d["algorithm"] = v
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("algorithm", UNSET)) is not UNSET:
            obj.algorithm = _parse_algorithm(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = _parse_scope(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
