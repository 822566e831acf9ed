from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .custom_role_assignment_schema_type import CustomRoleAssignmentSchemaType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(CustomRoleAssignmentSchemaType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "resource_set": ("resource-set", None),
        "role": ("role", None),
        "type_": ("type", _parse_type_),
    }

    resource_set: str | None = _attrs_field(init=False)
    role: str | None = _attrs_field(init=False)
    type_: CustomRoleAssignmentSchemaType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        resource_set: str | None | Unset,
        role: str | None | Unset,
        type_: CustomRoleAssignmentSchemaType | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if resource_set is not UNSET:
            _set_field(self, "resource_set", resource_set)
        if role is not UNSET:
            _set_field(self, "role", role)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("resource_set", UNSET)) is not UNSET:
            d["resource-set"] = v
        if (v := values.get("role", UNSET)) is not UNSET:
            d["role"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("resource-set", UNSET)) is not UNSET:
            obj.resource_set = v
        if (v := d.pop("role", UNSET)) is not UNSET:
            obj.role = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
