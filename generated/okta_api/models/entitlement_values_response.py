from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entitlement_value as _entitlement_value
from . import entitlement_values_response_links as _entitlement_values_response_links

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_value import EntitlementValue
    from .entitlement_values_response_links import EntitlementValuesResponseLinks


@_attrs_define(kw_only=True)
class EntitlementValuesResponse(OktaModel):
    """An Okta `EntitlementValuesResponse`.

    Attributes:
        entitlement_values (`entitlementValues`): List of entitlement values for a bundle entitlement
        field_links (`_links`, read-only, never sent): EntitlementValuesResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entitlementValues": "entitlement_values",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entitlement_values": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entitlement_values": lambda d: _convert.parse_model_list(
            _entitlement_value.EntitlementValue.from_json, d.get("entitlementValues", UNSET)
        ),
        "field_links": lambda d: (
            _entitlement_values_response_links.EntitlementValuesResponseLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_values_response_links.EntitlementValuesResponseLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntitlementValuesResponse._json_names),
    }

    entitlement_values: list[EntitlementValue] | None | Unset = UNSET
    field_links: EntitlementValuesResponseLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entitlement_values is not UNSET:
            d["entitlementValues"] = _convert.dump_model_list(self.entitlement_values, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.entitlement_values = _convert.parse_model_list(
            _entitlement_value.EntitlementValue.from_dict, d.pop("entitlementValues", UNSET)
        )
        obj.field_links = (
            _entitlement_values_response_links.EntitlementValuesResponseLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_values_response_links.EntitlementValuesResponseLinks, v)
        )
        obj.additional_properties = d
        return obj
