from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .service_account_status import ServiceAccountStatus
from .service_account_status_detail import ServiceAccountStatusDetail
from .service_account_type import ServiceAccountType

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class ServiceAccount(OktaModel):
    """An Okta `ServiceAccount`.

    Attributes:
        account_type (`accountType`): The type of service account
        name: The user-defined name for the service account
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
        "account_type": lambda d: (
            _convert.parse_enum(ServiceAccountType, v) if (v := d.get("accountType", UNSET)).__class__ is str else v
        ),
        "name": "name",
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
        "additional_properties": lambda d: _convert.undeclared(d, ServiceAccount._json_names),
    }
    _discriminator: ClassVar[str] = "accountType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "APP_ACCOUNT": ("service_account_details_app_account", "ServiceAccountDetailsAppAccount"),
        "OKTA_USER_ACCOUNT": ("service_account_details_okta_user_account", "ServiceAccountDetailsOktaUserAccount"),
    }

    account_type: ServiceAccountType | None | Unset
    name: str | None | Unset
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
        if self.account_type is not UNSET:
            d["accountType"] = self.account_type
        if self.name is not UNSET:
            d["name"] = self.name
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
        if cls is ServiceAccount:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.account_type = (
            _convert.parse_enum(ServiceAccountType, v) if (v := d.pop("accountType", UNSET)).__class__ is str else v
        )
        obj.name = d.pop("name", UNSET)
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is ServiceAccount and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
