from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .role_assignment_type import RoleAssignmentType
from .role_status import RoleStatus
from .role_type import RoleType

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class Role(OktaModel):
    """An Okta `Role`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        assignment_type (`assignmentType`): RoleAssignmentType
        created (read-only, never sent): datetime.datetime
        description: str
        id (read-only, never sent): str
        label (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        status: RoleStatus
        type_ (`type`): RoleType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "assignmentType": "assignment_type",
        "created": "created",
        "description": "description",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "status": "status",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "assignment_type": "enum",
        "created": "datetime",
        "description": "str",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "status": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "assignment_type": lambda d: (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.get("assignmentType", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "label": "label",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "status": lambda d: _convert.parse_enum(RoleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v,
        "type_": lambda d: _convert.parse_enum(RoleType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, Role._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    assignment_type: RoleAssignmentType | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: RoleStatus | None | Unset = UNSET
    type_: RoleType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.assignment_type is not UNSET:
            d["assignmentType"] = self.assignment_type
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET and not omit_read_only:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.status is not UNSET:
            d["status"] = self.status
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
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.assignment_type = (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.pop("assignmentType", UNSET)).__class__ is str else v
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(RoleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(RoleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
