from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_custom_role_response as _links_custom_role_response
from .lifecycle_status import LifecycleStatus
from .role_assignment_type import RoleAssignmentType
from .role_type import RoleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_custom_role_response import LinksCustomRoleResponse


@_attrs_define(kw_only=True)
class CustomRole(OktaModel):
    """Custom role assignment

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
        assignment_type (`assignmentType`): Role assignment type
        created (read-only, never sent): Timestamp when the object was created
        id (read-only, never sent): Binding object ID
        label (read-only, never sent): Label for the role assignment
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        resource_set (`resource-set`, read-only, never sent): Resource set ID
        role (read-only, never sent): Role ID
        status: LifecycleStatus
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "assignmentType": "assignment_type",
        "created": "created",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "resource-set": "resource_set",
        "role": "role",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "assignment_type": "enum",
        "created": "datetime",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "resource_set": "str",
        "role": "str",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: _convert.parse_enum(RoleType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "assignment_type": lambda d: (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.get("assignmentType", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "label": "label",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "resource_set": "resource-set",
        "role": "role",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_custom_role_response.LinksCustomRoleResponse.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_custom_role_response.LinksCustomRoleResponse, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CustomRole._json_names),
    }

    type_: RoleType | None | Unset
    assignment_type: RoleAssignmentType | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    resource_set: str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_links: LinksCustomRoleResponse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.assignment_type is not UNSET:
            d["assignmentType"] = self.assignment_type
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET and not omit_read_only:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.resource_set is not UNSET and not omit_read_only:
            d["resource-set"] = self.resource_set
        if self.role is not UNSET and not omit_read_only:
            d["role"] = self.role
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
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
        obj.type_ = _convert.parse_enum(RoleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.assignment_type = (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.pop("assignmentType", UNSET)).__class__ is str else v
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.resource_set = d.pop("resource-set", UNSET)
        obj.role = d.pop("role", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_custom_role_response.LinksCustomRoleResponse.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_custom_role_response.LinksCustomRoleResponse, v)
        )
        obj.additional_properties = d
        return obj
