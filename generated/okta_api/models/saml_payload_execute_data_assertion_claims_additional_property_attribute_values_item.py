from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes as _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
    )


@_attrs_define(kw_only=True)
class SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem(OktaModel):
    """An Okta `SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem`.

    Attributes:
        attributes: SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes
        value: The actual value of the attribute
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attributes": "attributes",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attributes": "model",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attributes": lambda d: (
            _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes.from_json(
                v
            )
            if (v := d.get("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
                v,
            )
        ),
        "value": "value",
        "additional_properties": lambda d: _convert.undeclared(
            d, SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem._json_names
        ),
    }

    attributes: SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes | None | Unset = (
        UNSET
    )
    value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attributes is not UNSET:
            d["attributes"] = _convert.dump_model(self.attributes, omit_read_only)
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.attributes = (
            _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes.from_dict(
                v
            )
            if (v := d.pop("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
                v,
            )
        )
        obj.value = d.pop("value", UNSET)
        obj.additional_properties = d
        return obj
