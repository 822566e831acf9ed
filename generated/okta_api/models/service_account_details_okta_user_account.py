from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import service_account_details_okta_user_account_sub as _service_account_details_okta_user_account_sub
from .service_account import ServiceAccount
from .service_account_status import ServiceAccountStatus
from .service_account_status_detail import ServiceAccountStatusDetail
from .service_account_type import ServiceAccountType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .service_account_details_okta_user_account_sub import ServiceAccountDetailsOktaUserAccountSub


_parse_account_type = _convert.enum_parser(ServiceAccountType)


def _parse_details(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _service_account_details_okta_user_account_sub.ServiceAccountDetailsOktaUserAccountSub.from_json(v)
            if lazy
            else _service_account_details_okta_user_account_sub.ServiceAccountDetailsOktaUserAccountSub.from_dict(v)
        )
    return _convert.parse_model(
        _service_account_details_okta_user_account_sub.ServiceAccountDetailsOktaUserAccountSub, v
    )


_parse_status = _convert.enum_parser(ServiceAccountStatus)

_parse_status_detail = _convert.enum_parser(ServiceAccountStatusDetail)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ServiceAccountDetailsOktaUserAccount(ServiceAccount):
    """Details for managing an Okta user as a service account

    Attributes:
        account_type (`accountType`): The type of service account
        name: The user-defined name for the service account
        details: Details for managing an Okta user as a service account
        created (read-only, never sent): Timestamp when the service account was created
        description: The description of the service account
        id (read-only, never sent): The UUID of the service account
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the service account was last updated
        owner_group_ids (`ownerGroupIds`): A list of IDs of the Okta groups that own the service account
        owner_user_ids (`ownerUserIds`): A list of IDs of the Okta users that own the service account
        status (read-only, never sent): Describes the current status of a service account
        status_detail (`statusDetail`, read-only, never sent): Describes the detailed status of a service account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountType": "account_type",
        "name": "name",
        "details": "details",
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
        "account_type": "enum",
        "name": "str",
        "details": "model",
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
        "account_type": ("accountType", _parse_account_type),
        "name": ("name", None),
        "details": ("details", _parse_details),
        "created": ("created", _convert.parse_datetime),
        "description": ("description", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "owner_group_ids": ("ownerGroupIds", None),
        "owner_user_ids": ("ownerUserIds", None),
        "status": ("status", _parse_status),
        "status_detail": ("statusDetail", _parse_status_detail),
    }

    account_type: ServiceAccountType | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    details: ServiceAccountDetailsOktaUserAccountSub | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    owner_group_ids: list[str] | None = _attrs_field(init=False)
    owner_user_ids: list[str] | None = _attrs_field(init=False)
    status: ServiceAccountStatus | None = _attrs_field(init=False)
    status_detail: ServiceAccountStatusDetail | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        details: ServiceAccountDetailsOktaUserAccountSub | None | Unset,
        account_type: ServiceAccountType | None | Unset = ServiceAccountType("OKTA_USER_ACCOUNT"),
        created: datetime.datetime | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        owner_group_ids: list[str] | None | Unset = UNSET,
        owner_user_ids: list[str] | None | Unset = UNSET,
        status: ServiceAccountStatus | None | Unset = UNSET,
        status_detail: ServiceAccountStatusDetail | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_type is not UNSET:
            _set_field(self, "account_type", account_type)
        if name is not UNSET:
            _set_field(self, "name", name)
        if details is not UNSET:
            _set_field(self, "details", details)
        if created is not UNSET:
            _set_field(self, "created", created)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
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
        if (v := values.get("account_type", UNSET)) is not UNSET:
            d["accountType"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("details", UNSET)) is not UNSET:
            d["details"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
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
        if (v := d.pop("accountType", UNSET)) is not UNSET:
            obj.account_type = _parse_account_type(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("details", UNSET)) is not UNSET:
            obj.details = _parse_details(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
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
