from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_assignee as _links_assignee
from . import standard_role_embedded as _standard_role_embedded
from .lifecycle_status import LifecycleStatus
from .role_assignment_type import RoleAssignmentType
from .role_type import RoleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_assignee import LinksAssignee
    from .standard_role_embedded import StandardRoleEmbedded


_parse_type_ = _convert.enum_parser(RoleType)

_parse_assignment_type = _convert.enum_parser(RoleAssignmentType)

_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _standard_role_embedded.StandardRoleEmbedded.from_json(v)
            if lazy
            else _standard_role_embedded.StandardRoleEmbedded.from_dict(v)
        )
    return _convert.parse_model(_standard_role_embedded.StandardRoleEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_assignee.LinksAssignee.from_json(v) if lazy else _links_assignee.LinksAssignee.from_dict(v)
    return _convert.parse_model(_links_assignee.LinksAssignee, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class StandardRole(OktaModel):
    """Standard role assignment

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
        id (read-only, never sent): Role assignment ID
        label (read-only, never sent): Label for the role assignment
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        status: LifecycleStatus
        field_embedded (`_embedded`): Optional embedded resources for the role assignment
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "assignmentType": "assignment_type",
        "created": "created",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "status": "status",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "assignment_type": "enum",
        "created": "datetime",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "status": "enum",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", _parse_type_),
        "assignment_type": ("assignmentType", _parse_assignment_type),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "label": ("label", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "status": ("status", _parse_status),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    type_: RoleType | None = _attrs_field(init=False)
    assignment_type: RoleAssignmentType | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    field_embedded: StandardRoleEmbedded | None = _attrs_field(init=False)
    field_links: LinksAssignee | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: RoleType | None | Unset,
        assignment_type: RoleAssignmentType | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        field_embedded: StandardRoleEmbedded | None | Unset = UNSET,
        field_links: LinksAssignee | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if assignment_type is not UNSET:
            _set_field(self, "assignment_type", assignment_type)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if label is not UNSET:
            _set_field(self, "label", label)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("assignment_type", UNSET)) is not UNSET:
            d["assignmentType"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("label", UNSET)) is not UNSET and not omit_read_only:
            d["label"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("assignmentType", UNSET)) is not UNSET:
            obj.assignment_type = _parse_assignment_type(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
