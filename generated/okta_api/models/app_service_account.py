from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .service_account_status import ServiceAccountStatus
from .service_account_status_detail import ServiceAccountStatusDetail

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class AppServiceAccount(OktaModel):
    """An Okta `AppServiceAccount`.

    Attributes:
        container_orn (`containerOrn`): The
            [ORN](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#okta-resource-name-orn)
            of the relevant resource.

            Use the specific app ORN format (`orn:{partition}:idp:{yourOrgId}:apps:{appType}:{appId}`)
            to identify an Okta app instance in your org.
        name: The user-defined name for the app service account
        password: The app service account password
        username: The username that serves as the direct link to your managed app account. Ensure that this
            value precisely matches the identifier of the target app account.
        container_global_name (`containerGlobalName`, read-only, never sent): The key name of the app in the Okta Integration Network (OIN)
        container_instance_name (`containerInstanceName`, read-only, never sent): The app instance label
        created (read-only, never sent): Timestamp when the app service account was created
        description: The description of the app service account
        id (read-only, never sent): The UUID of the app service account
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the app service account was last updated
        owner_group_ids (`ownerGroupIds`): A list of IDs of the Okta groups who own the app service account
        owner_user_ids (`ownerUserIds`): A list of IDs of the Okta users who own the app service account
        status (read-only, never sent): Describes the current status of a service account
        status_detail (`statusDetail`, read-only, never sent): Describes the detailed status of a service account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "containerOrn": "container_orn",
        "name": "name",
        "password": "password",
        "username": "username",
        "containerGlobalName": "container_global_name",
        "containerInstanceName": "container_instance_name",
        "created": "created",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "ownerGroupIds": "owner_group_ids",
        "ownerUserIds": "owner_user_ids",
        "status": "status",
        "statusDetail": "status_detail",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "container_orn": "str",
        "name": "str",
        "password": "str",
        "username": "str",
        "container_global_name": "str",
        "container_instance_name": "str",
        "created": "datetime",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "owner_group_ids": "list:str",
        "owner_user_ids": "list:str",
        "status": "enum",
        "status_detail": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "container_orn": "containerOrn",
        "name": "name",
        "password": "password",
        "username": "username",
        "container_global_name": "containerGlobalName",
        "container_instance_name": "containerInstanceName",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "owner_group_ids": "ownerGroupIds",
        "owner_user_ids": "ownerUserIds",
        "status": lambda d: (
            _convert.parse_enum(ServiceAccountStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "status_detail": lambda d: (
            _convert.parse_enum(ServiceAccountStatusDetail, v)
            if (v := d.get("statusDetail", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppServiceAccount._json_names),
    }

    container_orn: str | None | Unset
    name: str | None | Unset
    password: str | None | Unset = _attrs_field(repr=_convert.masked)
    username: str | None | Unset
    container_global_name: str | None | Unset = UNSET
    container_instance_name: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    owner_group_ids: list[str] | None | Unset = UNSET
    owner_user_ids: list[str] | None | Unset = UNSET
    status: ServiceAccountStatus | None | Unset = UNSET
    status_detail: ServiceAccountStatusDetail | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.container_orn is not UNSET:
            d["containerOrn"] = self.container_orn
        if self.name is not UNSET:
            d["name"] = self.name
        if self.password is not UNSET:
            d["password"] = self.password
        if self.username is not UNSET:
            d["username"] = self.username
        if self.container_global_name is not UNSET and not omit_read_only:
            d["containerGlobalName"] = self.container_global_name
        if self.container_instance_name is not UNSET and not omit_read_only:
            d["containerInstanceName"] = self.container_instance_name
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.owner_group_ids is not UNSET:
            d["ownerGroupIds"] = self.owner_group_ids
        if self.owner_user_ids is not UNSET:
            d["ownerUserIds"] = self.owner_user_ids
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.status_detail is not UNSET and not omit_read_only:
            d["statusDetail"] = self.status_detail
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.container_orn = d.pop("containerOrn", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.password = d.pop("password", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.container_global_name = d.pop("containerGlobalName", UNSET)
        obj.container_instance_name = d.pop("containerInstanceName", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.owner_group_ids = d.pop("ownerGroupIds", UNSET)
        obj.owner_user_ids = d.pop("ownerUserIds", UNSET)
        obj.status = (
            _convert.parse_enum(ServiceAccountStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.status_detail = (
            _convert.parse_enum(ServiceAccountStatusDetail, v)
            if (v := d.pop("statusDetail", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
