from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import iam_bundle_entitlement as _iam_bundle_entitlement

if TYPE_CHECKING:
    from typing import Self

    from .iam_bundle_entitlement import IAMBundleEntitlement


@_attrs_define(kw_only=True)
class GovernanceBundleCreateRequest(OktaModel):
    """Request to create a governance bundle

    Attributes:
        description: Description of the governance bundle
        entitlements: List of entitlements to include in the governance bundle
        name: Name of the governance bundle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "entitlements": "entitlements",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "entitlements": "list:model",
        "name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "entitlements": lambda d: _convert.parse_model_list(
            _iam_bundle_entitlement.IAMBundleEntitlement.from_json, d.get("entitlements", UNSET)
        ),
        "name": "name",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceBundleCreateRequest._json_names),
    }

    description: str | None | Unset = UNSET
    entitlements: list[IAMBundleEntitlement] | None | Unset = UNSET
    name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.entitlements is not UNSET:
            d["entitlements"] = _convert.dump_model_list(self.entitlements, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
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
        obj.entitlements = _convert.parse_model_list(
            _iam_bundle_entitlement.IAMBundleEntitlement.from_dict, d.pop("entitlements", UNSET)
        )
        obj.name = d.pop("name", UNSET)
        obj.additional_properties = d
        return obj
