from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import bundle_entitlement_links as _bundle_entitlement_links

if TYPE_CHECKING:
    from typing import Self

    from .bundle_entitlement_links import BundleEntitlementLinks


@_attrs_define(kw_only=True)
class BundleEntitlement(OktaModel):
    """An entitlement in a governance bundle

    Attributes:
        description: The description of the role
        id: Entitlement ID
        name: The name of the role
        role: The role key
        field_links (`_links`): Link relations available
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "role": "role",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "id": "str",
        "name": "str",
        "role": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "role": "role",
        "field_links": lambda d: (
            _bundle_entitlement_links.BundleEntitlementLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_bundle_entitlement_links.BundleEntitlementLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BundleEntitlement._json_names),
    }

    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    field_links: BundleEntitlementLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.role is not UNSET:
            d["role"] = self.role
        if self.field_links is not UNSET:
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
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.role = d.pop("role", UNSET)
        obj.field_links = (
            _bundle_entitlement_links.BundleEntitlementLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_bundle_entitlement_links.BundleEntitlementLinks, v)
        )
        obj.additional_properties = d
        return obj
