from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import protocol_algorithm_type as _protocol_algorithm_type

if TYPE_CHECKING:
    from typing import Self

    from .protocol_algorithm_type import ProtocolAlgorithmType


@_attrs_define(kw_only=True)
class ProtocolAlgorithms(OktaModel):
    """An Okta `ProtocolAlgorithms`.

    Attributes:
        request: ProtocolAlgorithmType
        response: ProtocolAlgorithmType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
        "response": "response",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
        "response": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": lambda d: (
            _protocol_algorithm_type.ProtocolAlgorithmType.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type.ProtocolAlgorithmType, v)
        ),
        "response": lambda d: (
            _protocol_algorithm_type.ProtocolAlgorithmType.from_json(v)
            if (v := d.get("response", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type.ProtocolAlgorithmType, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolAlgorithms._json_names),
    }

    request: ProtocolAlgorithmType | None | Unset = UNSET
    response: ProtocolAlgorithmType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.response is not UNSET:
            d["response"] = _convert.dump_model(self.response, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.request = (
            _protocol_algorithm_type.ProtocolAlgorithmType.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type.ProtocolAlgorithmType, v)
        )
        obj.response = (
            _protocol_algorithm_type.ProtocolAlgorithmType.from_dict(v)
            if (v := d.pop("response", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithm_type.ProtocolAlgorithmType, v)
        )
        obj.additional_properties = d
        return obj
