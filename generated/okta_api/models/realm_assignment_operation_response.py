from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import (
    realm_assignment_operation_response_assignment_operation as _realm_assignment_operation_response_assignment_operation,
)
from .operation_response import OperationResponse
from .operation_response_status import OperationResponseStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf
    from .realm_assignment_operation_response_assignment_operation import (
        RealmAssignmentOperationResponseAssignmentOperation,
    )


@_attrs_define(kw_only=True)
class RealmAssignmentOperationResponse(OperationResponse):
    """An Okta `RealmAssignmentOperationResponse`.

    Attributes:
        created: Timestamp of when the operation was created
        id: ID of the asynchronous operation
        status: OperationResponseStatus
        type_ (`type`): The operation type
        completed: Timestamp of when the operation completed
        started: Timestamp of when the operation started
        assignment_operation (`assignmentOperation`): Definition of the realm assignment operation
        num_user_moved (`numUserMoved`, read-only, never sent): Number of users moved
        realm_id (`realmId`, read-only, never sent): ID of the realm
        realm_name (`realmName`, read-only, never sent): Name of the realm
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "status": "status",
        "type": "type_",
        "completed": "completed",
        "started": "started",
        "assignmentOperation": "assignment_operation",
        "numUserMoved": "num_user_moved",
        "realmId": "realm_id",
        "realmName": "realm_name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "status": "enum",
        "type_": "str",
        "completed": "datetime",
        "started": "datetime",
        "assignment_operation": "model",
        "num_user_moved": "float",
        "realm_id": "str",
        "realm_name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "status": lambda d: (
            _convert.parse_enum(OperationResponseStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": "type",
        "completed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("completed", UNSET)).__class__ is str else v
        ),
        "started": lambda d: _convert.parse_datetime_text(v) if (v := d.get("started", UNSET)).__class__ is str else v,
        "assignment_operation": lambda d: (
            _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation.from_json(
                v
            )
            if (v := d.get("assignmentOperation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation,
                v,
            )
        ),
        "num_user_moved": "numUserMoved",
        "realm_id": "realmId",
        "realm_name": "realmName",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RealmAssignmentOperationResponse._json_names),
    }

    created: datetime.datetime | None | Unset
    id: str | None | Unset
    status: OperationResponseStatus | None | Unset
    type_: str | None | Unset
    completed: datetime.datetime | None | Unset = UNSET
    started: datetime.datetime | None | Unset = UNSET
    assignment_operation: RealmAssignmentOperationResponseAssignmentOperation | None | Unset = UNSET
    num_user_moved: float | None | Unset = UNSET
    realm_id: str | None | Unset = UNSET
    realm_name: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET:
            d["id"] = self.id
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.completed is not UNSET:
            d["completed"] = _convert.dump_datetime(self.completed)
        if self.started is not UNSET:
            d["started"] = _convert.dump_datetime(self.started)
        if self.assignment_operation is not UNSET:
            d["assignmentOperation"] = _convert.dump_model(self.assignment_operation, omit_read_only)
        if self.num_user_moved is not UNSET and not omit_read_only:
            d["numUserMoved"] = self.num_user_moved
        if self.realm_id is not UNSET and not omit_read_only:
            d["realmId"] = self.realm_id
        if self.realm_name is not UNSET and not omit_read_only:
            d["realmName"] = self.realm_name
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.status = (
            _convert.parse_enum(OperationResponseStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.type_ = d.pop("type", UNSET)
        obj.completed = _convert.parse_datetime_text(v) if (v := d.pop("completed", UNSET)).__class__ is str else v
        obj.started = _convert.parse_datetime_text(v) if (v := d.pop("started", UNSET)).__class__ is str else v
        obj.assignment_operation = (
            _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation.from_dict(
                v
            )
            if (v := d.pop("assignmentOperation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation,
                v,
            )
        )
        obj.num_user_moved = d.pop("numUserMoved", UNSET)
        obj.realm_id = d.pop("realmId", UNSET)
        obj.realm_name = d.pop("realmName", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
