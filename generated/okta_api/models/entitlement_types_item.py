from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entitlement_types_item_attributes as _entitlement_types_item_attributes
from . import entitlement_types_item_mappings as _entitlement_types_item_mappings

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_types_item_attributes import EntitlementTypesItemAttributes
    from .entitlement_types_item_mappings import EntitlementTypesItemMappings


@_attrs_define(kw_only=True)
class EntitlementTypesItem(OktaModel):
    """An Okta `EntitlementTypesItem`.

    Attributes:
        name: The entitlement type name
        endpoint: URL of the entitlement type endpoint
        attributes: Attributes for the entitlement type
        mappings: The property mapping between an Okta entitlement and an app entitlement
        description: Description of the entitlement type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "endpoint": "endpoint",
        "attributes": "attributes",
        "mappings": "mappings",
        "description": "description",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "endpoint": "str",
        "attributes": "model",
        "mappings": "model",
        "description": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "endpoint": "endpoint",
        "attributes": lambda d: (
            _entitlement_types_item_attributes.EntitlementTypesItemAttributes.from_json(v)
            if (v := d.get("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_types_item_attributes.EntitlementTypesItemAttributes, v)
        ),
        "mappings": lambda d: (
            _entitlement_types_item_mappings.EntitlementTypesItemMappings.from_json(v)
            if (v := d.get("mappings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_types_item_mappings.EntitlementTypesItemMappings, v)
        ),
        "description": "description",
        "additional_properties": lambda d: _convert.undeclared(d, EntitlementTypesItem._json_names),
    }

    name: str | None | Unset
    endpoint: str | None | Unset
    attributes: EntitlementTypesItemAttributes | None | Unset
    mappings: EntitlementTypesItemMappings | None | Unset
    description: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.endpoint is not UNSET:
            d["endpoint"] = self.endpoint
        if self.attributes is not UNSET:
            d["attributes"] = _convert.dump_model(self.attributes, omit_read_only)
        if self.mappings is not UNSET:
            d["mappings"] = _convert.dump_model(self.mappings, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.endpoint = d.pop("endpoint", UNSET)
        obj.attributes = (
            _entitlement_types_item_attributes.EntitlementTypesItemAttributes.from_dict(v)
            if (v := d.pop("attributes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_types_item_attributes.EntitlementTypesItemAttributes, v)
        )
        obj.mappings = (
            _entitlement_types_item_mappings.EntitlementTypesItemMappings.from_dict(v)
            if (v := d.pop("mappings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_types_item_mappings.EntitlementTypesItemMappings, v)
        )
        obj.description = d.pop("description", UNSET)
        obj.additional_properties = d
        return obj
