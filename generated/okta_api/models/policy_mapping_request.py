from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .policy_mapping_resource_type import PolicyMappingResourceType

if TYPE_CHECKING:
    from typing import Self


_parse_resource_type = _convert.enum_parser(PolicyMappingResourceType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PolicyMappingRequest(OktaModel):
    """An Okta `PolicyMappingRequest`.

    Attributes:
        resource_id (`resourceId`): [Policy
            ID](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/listPolicies!c=200&path=0/id&t=response)
            of the app sign-in policy that you want to map
        resource_type (`resourceType`): Specifies the type of resource to map. You can only map an app sign-in policy to a device
            signal collection policy (the `policyId` path parameter).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceId": "resource_id",
        "resourceType": "resource_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_id": "str",
        "resource_type": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_id": ("resourceId", None),
        "resource_type": ("resourceType", _parse_resource_type),
    }

    resource_id: str | None = _attrs_field(init=False)
    resource_type: PolicyMappingResourceType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        resource_id: str | None | Unset = UNSET,
        resource_type: PolicyMappingResourceType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if resource_id is not UNSET:
            _set_field(self, "resource_id", resource_id)
        if resource_type is not UNSET:
            _set_field(self, "resource_type", resource_type)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("resource_id", UNSET)) is not UNSET:
            d["resourceId"] = v
        if (v := values.get("resource_type", UNSET)) is not UNSET:
            d["resourceType"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("resourceId", UNSET)) is not UNSET:
            obj.resource_id = v
        if (v := d.pop("resourceType", UNSET)) is not UNSET:
            obj.resource_type = _parse_resource_type(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
