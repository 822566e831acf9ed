from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .governance_access_scope_type import GovernanceAccessScopeType
from .governance_requested_resource_type import GovernanceRequestedResourceType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class GovernanceRequestedResource(OktaModel):
    """What a request asks for.

    Attributes:
        entry_id (`entryId`): Catalog entry id.
        resource_id (`resourceId`): Id of the resource, such as an app id.
        resource_type (`resourceType`): Kind of resource requested.
        access_scope_type (`accessScopeType`): Kind of access requested within the resource.
        access_scope_id (`accessScopeId`): Id of the access scope, such as a group id.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entryId": "entry_id",
        "resourceId": "resource_id",
        "resourceType": "resource_type",
        "accessScopeType": "access_scope_type",
        "accessScopeId": "access_scope_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entry_id": "str",
        "resource_id": "str",
        "resource_type": "enum",
        "access_scope_type": "enum",
        "access_scope_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entry_id": "entryId",
        "resource_id": "resourceId",
        "resource_type": lambda d: (
            _convert.parse_enum(GovernanceRequestedResourceType, v)
            if (v := d.get("resourceType", UNSET)).__class__ is str
            else v
        ),
        "access_scope_type": lambda d: (
            _convert.parse_enum(GovernanceAccessScopeType, v)
            if (v := d.get("accessScopeType", UNSET)).__class__ is str
            else v
        ),
        "access_scope_id": "accessScopeId",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceRequestedResource._json_names),
    }

    entry_id: str | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: GovernanceRequestedResourceType | None | Unset = UNSET
    access_scope_type: GovernanceAccessScopeType | None | Unset = UNSET
    access_scope_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entry_id is not UNSET:
            d["entryId"] = self.entry_id
        if self.resource_id is not UNSET:
            d["resourceId"] = self.resource_id
        if self.resource_type is not UNSET:
            d["resourceType"] = self.resource_type
        if self.access_scope_type is not UNSET:
            d["accessScopeType"] = self.access_scope_type
        if self.access_scope_id is not UNSET:
            d["accessScopeId"] = self.access_scope_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.entry_id = d.pop("entryId", UNSET)
        obj.resource_id = d.pop("resourceId", UNSET)
        obj.resource_type = (
            _convert.parse_enum(GovernanceRequestedResourceType, v)
            if (v := d.pop("resourceType", UNSET)).__class__ is str
            else v
        )
        obj.access_scope_type = (
            _convert.parse_enum(GovernanceAccessScopeType, v)
            if (v := d.pop("accessScopeType", UNSET)).__class__ is str
            else v
        )
        obj.access_scope_id = d.pop("accessScopeId", UNSET)
        obj.additional_properties = d
        return obj
