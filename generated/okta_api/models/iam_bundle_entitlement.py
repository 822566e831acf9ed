from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class IAMBundleEntitlement(OktaModel):
    """An entitlement in a governance bundle

    Attributes:
        resource_sets (`resourceSets`): List of resource set IDs for the custom role
        role: The role
        targets: List of target resource IDs to scope the entitlement with the role
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceSets": "resource_sets",
        "role": "role",
        "targets": "targets",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_sets": "list:str",
        "role": "str",
        "targets": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_sets": "resourceSets",
        "role": "role",
        "targets": "targets",
        "additional_properties": lambda d: _convert.undeclared(d, IAMBundleEntitlement._json_names),
    }

    resource_sets: list[str] | None | Unset = UNSET
    role: str | None | Unset = UNSET
    targets: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resource_sets is not UNSET:
            d["resourceSets"] = self.resource_sets
        if self.role is not UNSET:
            d["role"] = self.role
        if self.targets is not UNSET:
            d["targets"] = self.targets
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.resource_sets = d.pop("resourceSets", UNSET)
        obj.role = d.pop("role", UNSET)
        obj.targets = d.pop("targets", UNSET)
        obj.additional_properties = d
        return obj
