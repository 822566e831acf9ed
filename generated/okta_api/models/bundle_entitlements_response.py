from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import bundle_entitlement as _bundle_entitlement
from . import bundle_entitlements_response_links as _bundle_entitlements_response_links

if TYPE_CHECKING:
    from typing import Self

    from .bundle_entitlement import BundleEntitlement
    from .bundle_entitlements_response_links import BundleEntitlementsResponseLinks


@_attrs_define(kw_only=True)
class BundleEntitlementsResponse(OktaModel):
    """Entitlement list for a governance bundle

    Attributes:
        entitlements: List of bundle entitlements
        field_links (`_links`, read-only, never sent): BundleEntitlementsResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entitlements": "entitlements",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entitlements": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entitlements": lambda d: _convert.parse_model_list(
            _bundle_entitlement.BundleEntitlement.from_json, d.get("entitlements", UNSET)
        ),
        "field_links": lambda d: (
            _bundle_entitlements_response_links.BundleEntitlementsResponseLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_bundle_entitlements_response_links.BundleEntitlementsResponseLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BundleEntitlementsResponse._json_names),
    }

    entitlements: list[BundleEntitlement] | None | Unset = UNSET
    field_links: BundleEntitlementsResponseLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entitlements is not UNSET:
            d["entitlements"] = _convert.dump_model_list(self.entitlements, omit_read_only)
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
        obj.entitlements = _convert.parse_model_list(
            _bundle_entitlement.BundleEntitlement.from_dict, d.pop("entitlements", UNSET)
        )
        obj.field_links = (
            _bundle_entitlements_response_links.BundleEntitlementsResponseLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_bundle_entitlements_response_links.BundleEntitlementsResponseLinks, v)
        )
        obj.additional_properties = d
        return obj
