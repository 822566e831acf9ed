from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import app_account_container_details as _app_account_container_details
from . import credential_sync_info as _credential_sync_info
from . import privileged_resource_credentials as _privileged_resource_credentials
from .privileged_resource import PrivilegedResource
from .privileged_resource_status import PrivilegedResourceStatus
from .privileged_resource_type import PrivilegedResourceType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .app_account_container_details import AppAccountContainerDetails
    from .credential_sync_info import CredentialSyncInfo
    from .privileged_resource_credentials import PrivilegedResourceCredentials


_parse_resource_type = _convert.enum_parser(PrivilegedResourceType)


def _parse_credential_sync_info(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _credential_sync_info.CredentialSyncInfo.from_json(v)
            if lazy
            else _credential_sync_info.CredentialSyncInfo.from_dict(v)
        )
    return _convert.parse_model(_credential_sync_info.CredentialSyncInfo, v)


_parse_status = _convert.enum_parser(PrivilegedResourceStatus)


def _parse_container_details(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_account_container_details.AppAccountContainerDetails.from_json(v)
            if lazy
            else _app_account_container_details.AppAccountContainerDetails.from_dict(v)
        )
    return _convert.parse_model(_app_account_container_details.AppAccountContainerDetails, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _privileged_resource_credentials.PrivilegedResourceCredentials.from_json(v)
            if lazy
            else _privileged_resource_credentials.PrivilegedResourceCredentials.from_dict(v)
        )
    return _convert.parse_model(_privileged_resource_credentials.PrivilegedResourceCredentials, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PrivilegedResourceAccountAppRequest(PrivilegedResource):
    """An Okta `PrivilegedResourceAccountAppRequest`.

    Attributes:
        resource_type (`resourceType`): The type of the resource
        created (read-only, never sent): Timestamp when the object was created
        credential_sync_info (`credentialSyncInfo`): CredentialSyncInfo
        id (read-only, never sent): ID of the privileged resource
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        status (read-only, never sent): Current status of the privileged resource
        container_details (`containerDetails`): Container details for resource type APP_ACCOUNT
        credentials: Credentials for the privileged resource
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceType": "resource_type",
        "created": "created",
        "credentialSyncInfo": "credential_sync_info",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
        "containerDetails": "container_details",
        "credentials": "credentials",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_type": "enum",
        "created": "datetime",
        "credential_sync_info": "model",
        "id": "str",
        "last_updated": "datetime",
        "status": "enum",
        "container_details": "model",
        "credentials": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_type": ("resourceType", _parse_resource_type),
        "created": ("created", _convert.parse_datetime),
        "credential_sync_info": ("credentialSyncInfo", _parse_credential_sync_info),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "status": ("status", _parse_status),
        "container_details": ("containerDetails", _parse_container_details),
        "credentials": ("credentials", _parse_credentials),
    }

    resource_type: PrivilegedResourceType | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    credential_sync_info: CredentialSyncInfo | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    status: PrivilegedResourceStatus | None = _attrs_field(init=False)
    container_details: AppAccountContainerDetails | None = _attrs_field(init=False)
    credentials: PrivilegedResourceCredentials | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        resource_type: PrivilegedResourceType | None | Unset = PrivilegedResourceType("APP_ACCOUNT"),
        created: datetime.datetime | None | Unset = UNSET,
        credential_sync_info: CredentialSyncInfo | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: PrivilegedResourceStatus | None | Unset = UNSET,
        container_details: AppAccountContainerDetails | None | Unset = UNSET,
        credentials: PrivilegedResourceCredentials | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if resource_type is not UNSET:
            _set_field(self, "resource_type", resource_type)
        if created is not UNSET:
            _set_field(self, "created", created)
        if credential_sync_info is not UNSET:
            _set_field(self, "credential_sync_info", credential_sync_info)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        if container_details is not UNSET:
            _set_field(self, "container_details", container_details)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("resource_type", UNSET)) is not UNSET:
            d["resourceType"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("credential_sync_info", UNSET)) is not UNSET:
            d["credentialSyncInfo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("container_details", UNSET)) is not UNSET:
            d["containerDetails"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("resourceType", UNSET)) is not UNSET:
            obj.resource_type = _parse_resource_type(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("credentialSyncInfo", UNSET)) is not UNSET:
            obj.credential_sync_info = _parse_credential_sync_info(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("containerDetails", UNSET)) is not UNSET:
            obj.container_details = _parse_container_details(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
