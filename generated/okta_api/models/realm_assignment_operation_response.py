from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


_parse_status = _convert.enum_parser(OperationResponseStatus)


def _parse_assignment_operation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation.from_json(
                v
            )
            if lazy
            else _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _realm_assignment_operation_response_assignment_operation.RealmAssignmentOperationResponseAssignmentOperation, v
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "status": ("status", _parse_status),
        "type_": ("type", None),
        "completed": ("completed", _convert.parse_datetime),
        "started": ("started", _convert.parse_datetime),
        "assignment_operation": ("assignmentOperation", _parse_assignment_operation),
        "num_user_moved": ("numUserMoved", None),
        "realm_id": ("realmId", None),
        "realm_name": ("realmName", None),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    status: OperationResponseStatus | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    completed: datetime.datetime | None = _attrs_field(init=False)
    started: datetime.datetime | None = _attrs_field(init=False)
    assignment_operation: RealmAssignmentOperationResponseAssignmentOperation | None = _attrs_field(init=False)
    num_user_moved: float | None = _attrs_field(init=False)
    realm_id: str | None = _attrs_field(init=False)
    realm_name: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset,
        id: str | None | Unset,
        status: OperationResponseStatus | None | Unset,
        type_: str | None | Unset,
        completed: datetime.datetime | None | Unset = UNSET,
        started: datetime.datetime | None | Unset = UNSET,
        assignment_operation: RealmAssignmentOperationResponseAssignmentOperation | None | Unset = UNSET,
        num_user_moved: float | None | Unset = UNSET,
        realm_id: str | None | Unset = UNSET,
        realm_name: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if completed is not UNSET:
            _set_field(self, "completed", completed)
        if started is not UNSET:
            _set_field(self, "started", started)
        if assignment_operation is not UNSET:
            _set_field(self, "assignment_operation", assignment_operation)
        if num_user_moved is not UNSET:
            _set_field(self, "num_user_moved", num_user_moved)
        if realm_id is not UNSET:
            _set_field(self, "realm_id", realm_id)
        if realm_name is not UNSET:
            _set_field(self, "realm_name", realm_name)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("completed", UNSET)) is not UNSET:
            d["completed"] = _convert.dump_datetime(v)
        if (v := values.get("started", UNSET)) is not UNSET:
            d["started"] = _convert.dump_datetime(v)
        if (v := values.get("assignment_operation", UNSET)) is not UNSET:
            d["assignmentOperation"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("num_user_moved", UNSET)) is not UNSET and not omit_read_only:
            d["numUserMoved"] = v
        if (v := values.get("realm_id", UNSET)) is not UNSET and not omit_read_only:
            d["realmId"] = v
        if (v := values.get("realm_name", UNSET)) is not UNSET and not omit_read_only:
            d["realmName"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("completed", UNSET)) is not UNSET:
            obj.completed = _convert.parse_datetime(v, False)
        if (v := d.pop("started", UNSET)) is not UNSET:
            obj.started = _convert.parse_datetime(v, False)
        if (v := d.pop("assignmentOperation", UNSET)) is not UNSET:
            obj.assignment_operation = _parse_assignment_operation(v, False)
        if (v := d.pop("numUserMoved", UNSET)) is not UNSET:
            obj.num_user_moved = v
        if (v := d.pop("realmId", UNSET)) is not UNSET:
            obj.realm_id = v
        if (v := d.pop("realmName", UNSET)) is not UNSET:
            obj.realm_name = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
