from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import protocol_algorithm_type_signature as _protocol_algorithm_type_signature

if TYPE_CHECKING:
    from typing import Self

    from .protocol_algorithm_type_signature import ProtocolAlgorithmTypeSignature


@_attrs_define(kw_only=True)
class ProtocolAlgorithmType(OktaModel):
    """An Okta `ProtocolAlgorithmType`.

    Attributes:
        signature: ProtocolAlgorithmTypeSignature
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signature": "signature",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signature": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signature": lambda d: (
            _protocol_algorithm_type_signature.ProtocolAlgorithmTypeSignature.from_json(v)
            if (v := d.get("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type_signature.ProtocolAlgorithmTypeSignature, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolAlgorithmType._json_names),
    }

    signature: ProtocolAlgorithmTypeSignature | None | Unset = UNSET

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
            _protocol_algorithm_type_signature.ProtocolAlgorithmTypeSignature.from_dict(v)
            if (v := d.pop("signature", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type_signature.ProtocolAlgorithmTypeSignature, v)
        )
        obj.additional_properties = d
        return obj
