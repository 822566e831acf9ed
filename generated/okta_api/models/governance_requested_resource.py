from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .governance_access_scope_type import GovernanceAccessScopeType
from .governance_requested_resource_type import GovernanceRequestedResourceType

if TYPE_CHECKING:
    from typing import Self


_parse_resource_type = _convert.enum_parser(GovernanceRequestedResourceType)

_parse_access_scope_type = _convert.enum_parser(GovernanceAccessScopeType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "entry_id": ("entryId", None),
        "resource_id": ("resourceId", None),
        "resource_type": ("resourceType", _parse_resource_type),
        "access_scope_type": ("accessScopeType", _parse_access_scope_type),
        "access_scope_id": ("accessScopeId", None),
    }

    entry_id: str | None = _attrs_field(init=False)
    resource_id: str | None = _attrs_field(init=False)
    resource_type: GovernanceRequestedResourceType | None = _attrs_field(init=False)
    access_scope_type: GovernanceAccessScopeType | None = _attrs_field(init=False)
    access_scope_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        entry_id: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: GovernanceRequestedResourceType | None | Unset = UNSET,
        access_scope_type: GovernanceAccessScopeType | None | Unset = UNSET,
        access_scope_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if entry_id is not UNSET:
            _set_field(self, "entry_id", entry_id)
        if resource_id is not UNSET:
            _set_field(self, "resource_id", resource_id)
        if resource_type is not UNSET:
            _set_field(self, "resource_type", resource_type)
        if access_scope_type is not UNSET:
            _set_field(self, "access_scope_type", access_scope_type)
        if access_scope_id is not UNSET:
            _set_field(self, "access_scope_id", access_scope_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("entry_id", UNSET)) is not UNSET:
            d["entryId"] = v
        if (v := values.get("resource_id", UNSET)) is not UNSET:
            d["resourceId"] = v
        if (v := values.get("resource_type", UNSET)) is not UNSET:
            d["resourceType"] = v
        if (v := values.get("access_scope_type", UNSET)) is not UNSET:
            d["accessScopeType"] = v
        if (v := values.get("access_scope_id", UNSET)) is not UNSET:
            d["accessScopeId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("entryId", UNSET)) is not UNSET:
            obj.entry_id = v
        if (v := d.pop("resourceId", UNSET)) is not UNSET:
            obj.resource_id = v
        if (v := d.pop("resourceType", UNSET)) is not UNSET:
            obj.resource_type = _parse_resource_type(v, False)
        if (v := d.pop("accessScopeType", UNSET)) is not UNSET:
            obj.access_scope_type = _parse_access_scope_type(v, False)
        if (v := d.pop("accessScopeId", UNSET)) is not UNSET:
            obj.access_scope_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
