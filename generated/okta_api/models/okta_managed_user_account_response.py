from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .service_account_status import ServiceAccountStatus
from .service_account_status_detail import ServiceAccountStatusDetail

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_status = _convert.enum_parser(ServiceAccountStatus)

_parse_status_detail = _convert.enum_parser(ServiceAccountStatusDetail)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "email": ("email", None),
        "id": ("id", None),
        "name": ("name", None),
        "okta_user_id": ("oktaUserId", None),
        "username": ("username", None),
        "created": ("created", _convert.parse_datetime),
        "description": ("description", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "owner_group_ids": ("ownerGroupIds", None),
        "owner_user_ids": ("ownerUserIds", None),
        "status": ("status", _parse_status),
        "status_detail": ("statusDetail", _parse_status_detail),
    }

    email: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    okta_user_id: str | None = _attrs_field(init=False)
    username: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    owner_group_ids: list[str] | None = _attrs_field(init=False)
    owner_user_ids: list[str] | None = _attrs_field(init=False)
    status: ServiceAccountStatus | None = _attrs_field(init=False)
    status_detail: ServiceAccountStatusDetail | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        email: str | None | Unset,
        id: str | None | Unset,
        name: str | None | Unset,
        okta_user_id: str | None | Unset,
        username: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        owner_group_ids: list[str] | None | Unset = UNSET,
        owner_user_ids: list[str] | None | Unset = UNSET,
        status: ServiceAccountStatus | None | Unset = UNSET,
        status_detail: ServiceAccountStatusDetail | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if email is not UNSET:
            _set_field(self, "email", email)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if okta_user_id is not UNSET:
            _set_field(self, "okta_user_id", okta_user_id)
        if username is not UNSET:
            _set_field(self, "username", username)
        if created is not UNSET:
            _set_field(self, "created", created)
        if description is not UNSET:
            _set_field(self, "description", description)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if owner_group_ids is not UNSET:
            _set_field(self, "owner_group_ids", owner_group_ids)
        if owner_user_ids is not UNSET:
            _set_field(self, "owner_user_ids", owner_user_ids)
        if status is not UNSET:
            _set_field(self, "status", status)
        if status_detail is not UNSET:
            _set_field(self, "status_detail", status_detail)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("email", UNSET)) is not UNSET and not omit_read_only:
            d["email"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("okta_user_id", UNSET)) is not UNSET:
            d["oktaUserId"] = v
        if (v := values.get("username", UNSET)) is not UNSET and not omit_read_only:
            d["username"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("owner_group_ids", UNSET)) is not UNSET:
            d["ownerGroupIds"] = v
        if (v := values.get("owner_user_ids", UNSET)) is not UNSET:
            d["ownerUserIds"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("status_detail", UNSET)) is not UNSET and not omit_read_only:
            d["statusDetail"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("oktaUserId", UNSET)) is not UNSET:
            obj.okta_user_id = v
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("ownerGroupIds", UNSET)) is not UNSET:
            obj.owner_group_ids = v
        if (v := d.pop("ownerUserIds", UNSET)) is not UNSET:
            obj.owner_user_ids = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("statusDetail", UNSET)) is not UNSET:
            obj.status_detail = _parse_status_detail(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
