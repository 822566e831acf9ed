from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes as _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
    )


def _parse_attributes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes.from_json(
                v
            )
            if lazy
            else _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes.SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "attributes": ("attributes", _parse_attributes),
        "value": ("value", None),
    }

    attributes: SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes | None = (
        _attrs_field(init=False)
    )
    value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        attributes: SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes
        | None
        | Unset = UNSET,
        value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if attributes is not UNSET:
            _set_field(self, "attributes", attributes)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("attributes", UNSET)) is not UNSET:
            d["attributes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("attributes", UNSET)) is not UNSET:
            obj.attributes = _parse_attributes(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
