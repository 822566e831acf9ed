from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import role_governance_resource as _role_governance_resource
from . import role_governance_resources_links as _role_governance_resources_links

if TYPE_CHECKING:
    from typing import Self

    from .role_governance_resource import RoleGovernanceResource
    from .role_governance_resources_links import RoleGovernanceResourcesLinks


@_attrs_define(kw_only=True)
class RoleGovernanceResources(OktaModel):
    """The resources of a grant

    Attributes:
        resources: list[RoleGovernanceResource]
        field_links (`_links`, read-only, never sent): RoleGovernanceResourcesLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resources": "resources",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resources": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resources": lambda d: _convert.parse_model_list(
            _role_governance_resource.RoleGovernanceResource.from_json, d.get("resources", UNSET)
        ),
        "field_links": lambda d: (
            _role_governance_resources_links.RoleGovernanceResourcesLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_role_governance_resources_links.RoleGovernanceResourcesLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RoleGovernanceResources._json_names),
    }

    resources: list[RoleGovernanceResource] | None | Unset = UNSET
    field_links: RoleGovernanceResourcesLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resources is not UNSET:
            d["resources"] = _convert.dump_model_list(self.resources, omit_read_only)
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
        obj.resources = _convert.parse_model_list(
            _role_governance_resource.RoleGovernanceResource.from_dict, d.pop("resources", UNSET)
        )
        obj.field_links = (
            _role_governance_resources_links.RoleGovernanceResourcesLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_role_governance_resources_links.RoleGovernanceResourcesLinks, v)
        )
        obj.additional_properties = d
        return obj
