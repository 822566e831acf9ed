from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import entitlement_types_item_attributes as _entitlement_types_item_attributes
from . import entitlement_types_item_mappings as _entitlement_types_item_mappings

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_types_item_attributes import EntitlementTypesItemAttributes
    from .entitlement_types_item_mappings import EntitlementTypesItemMappings


def _parse_attributes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _entitlement_types_item_attributes.EntitlementTypesItemAttributes.from_json(v)
            if lazy
            else _entitlement_types_item_attributes.EntitlementTypesItemAttributes.from_dict(v)
        )
    return _convert.parse_model(_entitlement_types_item_attributes.EntitlementTypesItemAttributes, v)


def _parse_mappings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _entitlement_types_item_mappings.EntitlementTypesItemMappings.from_json(v)
            if lazy
            else _entitlement_types_item_mappings.EntitlementTypesItemMappings.from_dict(v)
        )
    return _convert.parse_model(_entitlement_types_item_mappings.EntitlementTypesItemMappings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "name": ("name", None),
        "endpoint": ("endpoint", None),
        "attributes": ("attributes", _parse_attributes),
        "mappings": ("mappings", _parse_mappings),
        "description": ("description", None),
    }

    name: str | None = _attrs_field(init=False)
    endpoint: str | None = _attrs_field(init=False)
    attributes: EntitlementTypesItemAttributes | None = _attrs_field(init=False)
    mappings: EntitlementTypesItemMappings | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        endpoint: str | None | Unset,
        attributes: EntitlementTypesItemAttributes | None | Unset,
        mappings: EntitlementTypesItemMappings | None | Unset,
        description: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if endpoint is not UNSET:
            _set_field(self, "endpoint", endpoint)
        if attributes is not UNSET:
            _set_field(self, "attributes", attributes)
        if mappings is not UNSET:
            _set_field(self, "mappings", mappings)
        if description is not UNSET:
            _set_field(self, "description", description)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("endpoint", UNSET)) is not UNSET:
            d["endpoint"] = v
        if (v := values.get("attributes", UNSET)) is not UNSET:
            d["attributes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("mappings", UNSET)) is not UNSET:
            d["mappings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("endpoint", UNSET)) is not UNSET:
            obj.endpoint = v
        if (v := d.pop("attributes", UNSET)) is not UNSET:
            obj.attributes = _parse_attributes(v, False)
        if (v := d.pop("mappings", UNSET)) is not UNSET:
            obj.mappings = _parse_mappings(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
