from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .org_cross_app_access_connection_status import OrgCrossAppAccessConnectionStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_status = _convert.enum_parser(OrgCrossAppAccessConnectionStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OrgCrossAppAccessConnection(OktaModel):
    """Connection object for Cross App Access connections

    Attributes:
        created (read-only, never sent): The ISO 8601 formatted date and time when the connection was created
        id (read-only, never sent): Unique identifier for the connection
        last_updated (`lastUpdated`, read-only, never sent): The ISO 8601 formatted date and time when the connection was last updated
        requesting_app_instance_id (`requestingAppInstanceId`): ID of the requesting app instance
        resource_app_instance_id (`resourceAppInstanceId`): ID of the resource app instance
        status: Indicates if the Cross App Access connection is active or inactive
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "requestingAppInstanceId": "requesting_app_instance_id",
        "resourceAppInstanceId": "resource_app_instance_id",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "requesting_app_instance_id": "str",
        "resource_app_instance_id": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "requesting_app_instance_id": ("requestingAppInstanceId", None),
        "resource_app_instance_id": ("resourceAppInstanceId", None),
        "status": ("status", _parse_status),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    requesting_app_instance_id: str | None = _attrs_field(init=False)
    resource_app_instance_id: str | None = _attrs_field(init=False)
    status: OrgCrossAppAccessConnectionStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        requesting_app_instance_id: str | None | Unset = UNSET,
        resource_app_instance_id: str | None | Unset = UNSET,
        status: OrgCrossAppAccessConnectionStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if requesting_app_instance_id is not UNSET:
            _set_field(self, "requesting_app_instance_id", requesting_app_instance_id)
        if resource_app_instance_id is not UNSET:
            _set_field(self, "resource_app_instance_id", resource_app_instance_id)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("requesting_app_instance_id", UNSET)) is not UNSET:
            d["requestingAppInstanceId"] = v
        if (v := values.get("resource_app_instance_id", UNSET)) is not UNSET:
            d["resourceAppInstanceId"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
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
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("requestingAppInstanceId", UNSET)) is not UNSET:
            obj.requesting_app_instance_id = v
        if (v := d.pop("resourceAppInstanceId", UNSET)) is not UNSET:
            obj.resource_app_instance_id = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
