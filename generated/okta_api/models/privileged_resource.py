from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import credential_sync_info as _credential_sync_info
from .privileged_resource_status import PrivilegedResourceStatus
from .privileged_resource_type import PrivilegedResourceType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .credential_sync_info import CredentialSyncInfo


@_attrs_define(kw_only=True)
class PrivilegedResource(OktaModel):
    """Base class for PrivilegedResourceRequest and PrivilegedResourceResponse

    Attributes:
        resource_type (`resourceType`): The type of the resource
        created (read-only, never sent): Timestamp when the object was created
        credential_sync_info (`credentialSyncInfo`): CredentialSyncInfo
        id (read-only, never sent): ID of the privileged resource
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        status (read-only, never sent): Current status of the privileged resource
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceType": "resource_type",
        "created": "created",
        "credentialSyncInfo": "credential_sync_info",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_type": "enum",
        "created": "datetime",
        "credential_sync_info": "model",
        "id": "str",
        "last_updated": "datetime",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "resource_type": lambda d: (
            _convert.parse_enum(PrivilegedResourceType, v)
            if (v := d.get("resourceType", UNSET)).__class__ is str
            else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credential_sync_info": lambda d: (
            _credential_sync_info.CredentialSyncInfo.from_json(v)
            if (v := d.get("credentialSyncInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_credential_sync_info.CredentialSyncInfo, v)
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(PrivilegedResourceStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PrivilegedResource._json_names),
    }
    _discriminator: ClassVar[str] = "resourceType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "APP_ACCOUNT": ("privileged_resource_account_app_request", "PrivilegedResourceAccountAppRequest"),
        "OKTA_USER_ACCOUNT": ("privileged_resource_account_okta", "PrivilegedResourceAccountOkta"),
    }

    resource_type: PrivilegedResourceType | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    credential_sync_info: CredentialSyncInfo | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: PrivilegedResourceStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.resource_type is not UNSET:
            d["resourceType"] = self.resource_type
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credential_sync_info is not UNSET:
            d["credentialSyncInfo"] = _convert.dump_model(self.credential_sync_info, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is PrivilegedResource:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.resource_type = (
            _convert.parse_enum(PrivilegedResourceType, v)
            if (v := d.pop("resourceType", UNSET)).__class__ is str
            else v
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credential_sync_info = (
            _credential_sync_info.CredentialSyncInfo.from_dict(v)
            if (v := d.pop("credentialSyncInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_credential_sync_info.CredentialSyncInfo, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.status = (
            _convert.parse_enum(PrivilegedResourceStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is PrivilegedResource and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
