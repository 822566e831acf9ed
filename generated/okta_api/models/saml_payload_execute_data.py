from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_payload_execute_data_assertion as _saml_payload_execute_data_assertion
from . import saml_payload_execute_data_context as _saml_payload_execute_data_context

if TYPE_CHECKING:
    from typing import Self

    from .saml_payload_execute_data_assertion import SAMLPayloadExecuteDataAssertion
    from .saml_payload_execute_data_context import SAMLPayloadExecuteDataContext


@_attrs_define(kw_only=True)
class SAMLPayloadExecuteData(OktaModel):
    """An Okta `SAMLPayloadExecuteData`.

    Attributes:
        context: SAMLPayloadExecuteDataContext
        assertion: Details of the SAML assertion that was generated
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "assertion": "assertion",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "assertion": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": lambda d: (
            _saml_payload_execute_data_context.SAMLPayloadExecuteDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_payload_execute_data_context.SAMLPayloadExecuteDataContext, v)
        ),
        "assertion": lambda d: (
            _saml_payload_execute_data_assertion.SAMLPayloadExecuteDataAssertion.from_json(v)
            if (v := d.get("assertion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_payload_execute_data_assertion.SAMLPayloadExecuteDataAssertion, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLPayloadExecuteData._json_names),
    }

    context: SAMLPayloadExecuteDataContext | None | Unset = UNSET
    assertion: SAMLPayloadExecuteDataAssertion | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.assertion is not UNSET:
            d["assertion"] = _convert.dump_model(self.assertion, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.context = (
            _saml_payload_execute_data_context.SAMLPayloadExecuteDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_payload_execute_data_context.SAMLPayloadExecuteDataContext, v)
        )
        obj.assertion = (
            _saml_payload_execute_data_assertion.SAMLPayloadExecuteDataAssertion.from_dict(v)
            if (v := d.pop("assertion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_payload_execute_data_assertion.SAMLPayloadExecuteDataAssertion, v)
        )
        obj.additional_properties = d
        return obj
