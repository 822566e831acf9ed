from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .org_cross_app_access_connection_status import OrgCrossAppAccessConnectionStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "requesting_app_instance_id": "requestingAppInstanceId",
        "resource_app_instance_id": "resourceAppInstanceId",
        "status": lambda d: (
            _convert.parse_enum(OrgCrossAppAccessConnectionStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgCrossAppAccessConnection._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    requesting_app_instance_id: str | None | Unset = UNSET
    resource_app_instance_id: str | None | Unset = UNSET
    status: OrgCrossAppAccessConnectionStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.requesting_app_instance_id is not UNSET:
            d["requestingAppInstanceId"] = self.requesting_app_instance_id
        if self.resource_app_instance_id is not UNSET:
            d["resourceAppInstanceId"] = self.resource_app_instance_id
        if self.status is not UNSET:
            d["status"] = self.status
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
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.requesting_app_instance_id = d.pop("requestingAppInstanceId", UNSET)
        obj.resource_app_instance_id = d.pop("resourceAppInstanceId", UNSET)
        obj.status = (
            _convert.parse_enum(OrgCrossAppAccessConnectionStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
