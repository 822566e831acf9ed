from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .policy_mapping_resource_type import PolicyMappingResourceType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "resource_id": "resourceId",
        "resource_type": lambda d: (
            _convert.parse_enum(PolicyMappingResourceType, v)
            if (v := d.get("resourceType", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyMappingRequest._json_names),
    }

    resource_id: str | None | Unset = UNSET
    resource_type: PolicyMappingResourceType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resource_id is not UNSET:
            d["resourceId"] = self.resource_id
        if self.resource_type is not UNSET:
            d["resourceType"] = self.resource_type
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.resource_id = d.pop("resourceId", UNSET)
        obj.resource_type = (
            _convert.parse_enum(PolicyMappingResourceType, v)
            if (v := d.pop("resourceType", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
