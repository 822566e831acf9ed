from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .operation_response_status import OperationResponseStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class OperationResponse(OktaModel):
    """An Okta `OperationResponse`.

    Attributes:
        created: Timestamp of when the operation was created
        id: ID of the asynchronous operation
        status: OperationResponseStatus
        type_ (`type`): The operation type
        completed: Timestamp of when the operation completed
        started: Timestamp of when the operation started
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "status": "status",
        "type": "type_",
        "completed": "completed",
        "started": "started",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "status": "enum",
        "type_": "str",
        "completed": "datetime",
        "started": "datetime",
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
        "additional_properties": lambda d: _convert.undeclared(d, OperationResponse._json_names),
    }

    created: datetime.datetime | None | Unset
    id: str | None | Unset
    status: OperationResponseStatus | None | Unset
    type_: str | None | Unset
    completed: datetime.datetime | None | Unset = UNSET
    started: datetime.datetime | None | Unset = UNSET

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
        obj.additional_properties = d
        return obj
