from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .service_account_status import ServiceAccountStatus
from .service_account_status_detail import ServiceAccountStatusDetail

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class OktaManagedUserAccountResponse(OktaModel):
    """An Okta managed user account representing a Universal Directory user managed as a service account

    Attributes:
        email (read-only, never sent): The email address associated with the Okta user. This parameter is read-only, and it is
            derived from the Okta user profile.
        id (read-only, never sent): The UUID of the Okta managed user account
        name: The user-defined name for the Okta managed user account
        okta_user_id (`oktaUserId`): The ID of the Okta user being managed as a service account
        username (read-only, never sent): The username associated with the Okta user. This parameter is read-only, and it is derived
            from the Okta user profile.
        created (read-only, never sent): Timestamp when the Okta managed user account was created
        description: The description of the Okta managed user account
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the Okta managed user account was last updated
        owner_group_ids (`ownerGroupIds`): A list of IDs of the Okta groups who own the Okta managed user account
        owner_user_ids (`ownerUserIds`): A list of IDs of the Okta users who own the Okta managed user account
        status (read-only, never sent): Describes the current status of a service account
        status_detail (`statusDetail`, read-only, never sent): Describes the detailed status of a service account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "email": "email",
        "id": "id",
        "name": "name",
        "oktaUserId": "okta_user_id",
        "username": "username",
        "created": "created",
        "description": "description",
        "lastUpdated": "last_updated",
        "ownerGroupIds": "owner_group_ids",
        "ownerUserIds": "owner_user_ids",
        "status": "status",
        "statusDetail": "status_detail",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "email": "str",
        "id": "str",
        "name": "str",
        "okta_user_id": "str",
        "username": "str",
        "created": "datetime",
        "description": "str",
        "last_updated": "datetime",
        "owner_group_ids": "list:str",
        "owner_user_ids": "list:str",
        "status": "enum",
        "status_detail": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "email": "email",
        "id": "id",
        "name": "name",
        "okta_user_id": "oktaUserId",
        "username": "username",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
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
        "additional_properties": lambda d: _convert.undeclared(d, OktaManagedUserAccountResponse._json_names),
    }

    email: str | None | Unset
    id: str | None | Unset
    name: str | None | Unset
    okta_user_id: str | None | Unset
    username: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    owner_group_ids: list[str] | None | Unset = UNSET
    owner_user_ids: list[str] | None | Unset = UNSET
    status: ServiceAccountStatus | None | Unset = UNSET
    status_detail: ServiceAccountStatusDetail | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.email is not UNSET and not omit_read_only:
            d["email"] = self.email
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.okta_user_id is not UNSET:
            d["oktaUserId"] = self.okta_user_id
        if self.username is not UNSET and not omit_read_only:
            d["username"] = self.username
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
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
        obj.email = d.pop("email", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.okta_user_id = d.pop("oktaUserId", UNSET)
        obj.username = d.pop("username", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
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
