from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .operation_response_status import OperationResponseStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_status = _convert.enum_parser(OperationResponseStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "status": ("status", _parse_status),
        "type_": ("type", None),
        "completed": ("completed", _convert.parse_datetime),
        "started": ("started", _convert.parse_datetime),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    status: OperationResponseStatus | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    completed: datetime.datetime | None = _attrs_field(init=False)
    started: datetime.datetime | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset,
        id: str | None | Unset,
        status: OperationResponseStatus | None | Unset,
        type_: str | None | Unset,
        completed: datetime.datetime | None | Unset = UNSET,
        started: datetime.datetime | None | Unset = UNSET,
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
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
