from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .custom_role_assignment_schema_type import CustomRoleAssignmentSchemaType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class CustomRoleAssignmentSchema(OktaModel):
    """Custom Role

    Attributes:
        resource_set (`resource-set`): Resource set ID
        role: Custom role ID
        type_ (`type`): Specify a [standard admin
            role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#standard-roles),
            an [IAM-based standard
            role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#iam-based-standard-roles),
            or `CUSTOM` for a custom role type:
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resource-set": "resource_set",
        "role": "role",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_set": "str",
        "role": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_set": "resource-set",
        "role": "role",
        "type_": lambda d: (
            _convert.parse_enum(CustomRoleAssignmentSchemaType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CustomRoleAssignmentSchema._json_names),
    }

    resource_set: str | None | Unset
    role: str | None | Unset
    type_: CustomRoleAssignmentSchemaType | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resource_set is not UNSET:
            d["resource-set"] = self.resource_set
        if self.role is not UNSET:
            d["role"] = self.role
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.resource_set = d.pop("resource-set", UNSET)
        obj.role = d.pop("role", UNSET)
        obj.type_ = (
            _convert.parse_enum(CustomRoleAssignmentSchemaType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
