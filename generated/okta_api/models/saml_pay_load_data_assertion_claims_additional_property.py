from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    saml_pay_load_data_assertion_claims_additional_property_attribute_values_item as _saml_pay_load_data_assertion_claims_additional_property_attribute_values_item,
)
from . import (
    saml_pay_load_data_assertion_claims_additional_property_attributes as _saml_pay_load_data_assertion_claims_additional_property_attributes,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_claims_additional_property_attribute_values_item import (
        SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem,
    )
    from .saml_pay_load_data_assertion_claims_additional_property_attributes import (
        SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes,
    )


@_attrs_define(kw_only=True)
class SAMLPayLoadDataAssertionClaimsAdditionalProperty(OktaModel):
    """An Okta `SAMLPayLoadDataAssertionClaimsAdditionalProperty`.

    Attributes:
        attributes: SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes
        attribute_values (`attributeValues`): list[SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attributes": "attributes",
        "attributeValues": "attribute_values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attributes": "model",
        "attribute_values": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attributes": lambda d: (
            _saml_pay_load_data_assertion_claims_additional_property_attributes.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes.from_json(
                v
            )
            if (v := d.get("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_claims_additional_property_attributes.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes,
                v,
            )
        ),
        "attribute_values": lambda d: _convert.parse_model_list(
            _saml_pay_load_data_assertion_claims_additional_property_attribute_values_item.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem.from_json,
            d.get("attributeValues", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SAMLPayLoadDataAssertionClaimsAdditionalProperty._json_names
        ),
    }

    attributes: SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes | None | Unset = UNSET
    attribute_values: list[SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attributes is not UNSET:
            d["attributes"] = _convert.dump_model(self.attributes, omit_read_only)
        if self.attribute_values is not UNSET:
            d["attributeValues"] = _convert.dump_model_list(self.attribute_values, omit_read_only)
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
            _saml_pay_load_data_assertion_claims_additional_property_attributes.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes.from_dict(
                v
            )
            if (v := d.pop("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_claims_additional_property_attributes.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes,
                v,
            )
        )
        obj.attribute_values = _convert.parse_model_list(
            _saml_pay_load_data_assertion_claims_additional_property_attribute_values_item.SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem.from_dict,
            d.pop("attributeValues", UNSET),
        )
        obj.additional_properties = d
        return obj
