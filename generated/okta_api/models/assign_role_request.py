from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .role_type import RoleType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AssignRoleRequest(OktaModel):
    """An Okta `AssignRoleRequest`.

    Attributes:
        type_ (`type`): | Role type                    | Description
            |
            |------------------------------|-------------------------------------------------------------|
            | ACCESS_CERTIFICATIONS_ADMIN  | Access Certifications Administrator IAM-based standard
            role |
            | ACCESS_REQUESTS_ADMIN        | Access Requests Administrator IAM-based standard role
            |
            | API_ACCESS_MANAGEMENT_ADMIN  | Access Management Administrator standard role
            |
            | APP_ADMIN                    | Application Administrator standard role
            |
            | CUSTOM                       | Custom admin role
            |
            | GROUP_MEMBERSHIP_ADMIN       | Group Membership Administrator standard role
            |
            | HELP_DESK_ADMIN              | Help Desk Administrator standard role
            |
            | ORG_ADMIN                    | Organizational Administrator standard role
            |
            | READ_ONLY_ADMIN              | Read-Only Administrator standard role
            |
            | REPORT_ADMIN                 | Report Administrator standard role
            |
            | SUPER_ADMIN                  | Super Administrator standard role
            |
            | USER_ADMIN                   | User Administrator standard role
            |
            | WORKFLOWS_ADMIN              | Workflows Administrator IAM-based standard role
            |
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: _convert.parse_enum(RoleType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, AssignRoleRequest._json_names),
    }

    type_: RoleType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.type_ = _convert.parse_enum(RoleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
