from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_payload_execute_data_context_protocol_issuer as _saml_payload_execute_data_context_protocol_issuer

if TYPE_CHECKING:
    from typing import Self

    from .saml_payload_execute_data_context_protocol_issuer import SAMLPayloadExecuteDataContextProtocolIssuer


@_attrs_define(kw_only=True)
class SAMLPayloadExecuteDataContextProtocol(OktaModel):
    """Details of the assertion protocol being used

    Attributes:
        type_ (`type`): The type of authentication protocol being used for the assertion
        issuer: SAMLPayloadExecuteDataContextProtocolIssuer
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "issuer": "issuer",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "str",
        "issuer": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": "type",
        "issuer": lambda d: (
            _saml_payload_execute_data_context_protocol_issuer.SAMLPayloadExecuteDataContextProtocolIssuer.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_context_protocol_issuer.SAMLPayloadExecuteDataContextProtocolIssuer, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLPayloadExecuteDataContextProtocol._json_names),
    }

    type_: str | None | Unset = UNSET
    issuer: SAMLPayloadExecuteDataContextProtocolIssuer | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = d.pop("type", UNSET)
        obj.issuer = (
            _saml_payload_execute_data_context_protocol_issuer.SAMLPayloadExecuteDataContextProtocolIssuer.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_context_protocol_issuer.SAMLPayloadExecuteDataContextProtocolIssuer, v
            )
        )
        obj.additional_properties = d
        return obj
