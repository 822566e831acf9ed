from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import credential_sync_info as _credential_sync_info
from . import privileged_resource_credentials as _privileged_resource_credentials
from . import profile as _profile
from .privileged_resource import PrivilegedResource
from .privileged_resource_status import PrivilegedResourceStatus
from .privileged_resource_type import PrivilegedResourceType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .credential_sync_info import CredentialSyncInfo
    from .privileged_resource_credentials import PrivilegedResourceCredentials
    from .profile import Profile


@_attrs_define(kw_only=True)
class PrivilegedResourceAccountOkta(PrivilegedResource):
    """An Okta `PrivilegedResourceAccountOkta`.

    Attributes:
        resource_type (`resourceType`): The type of the resource
        created (read-only, never sent): Timestamp when the object was created
        credential_sync_info (`credentialSyncInfo`): CredentialSyncInfo
        id (read-only, never sent): ID of the privileged resource
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        status (read-only, never sent): Current status of the privileged resource
        resource_id (`resourceId`): The user ID associated with the Okta privileged resource
        credentials: Credentials for the privileged resource
        profile (read-only, never sent): Specific profile properties for the privileged resource
    """

    _json_names: ClassVar[dict[str, str]] = {
        "resourceType": "resource_type",
        "created": "created",
        "credentialSyncInfo": "credential_sync_info",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
        "resourceId": "resource_id",
        "credentials": "credentials",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "resource_type": "enum",
        "created": "datetime",
        "credential_sync_info": "model",
        "id": "str",
        "last_updated": "datetime",
        "status": "enum",
        "resource_id": "str",
        "credentials": "model",
        "profile": "model",
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
        "resource_id": "resourceId",
        "credentials": lambda d: (
            _privileged_resource_credentials.PrivilegedResourceCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_privileged_resource_credentials.PrivilegedResourceCredentials, v)
        ),
        "profile": lambda d: (
            _profile.Profile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile.Profile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PrivilegedResourceAccountOkta._json_names),
    }

    resource_type: PrivilegedResourceType | None | Unset = PrivilegedResourceType("OKTA_USER_ACCOUNT")
    created: datetime.datetime | None | Unset = UNSET
    credential_sync_info: CredentialSyncInfo | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: PrivilegedResourceStatus | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    credentials: PrivilegedResourceCredentials | None | Unset = UNSET
    profile: Profile | None | Unset = UNSET

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
        if self.resource_id is not UNSET:
            d["resourceId"] = self.resource_id
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.profile is not UNSET and not omit_read_only:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
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
        obj.resource_id = d.pop("resourceId", UNSET)
        obj.credentials = (
            _privileged_resource_credentials.PrivilegedResourceCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_privileged_resource_credentials.PrivilegedResourceCredentials, v)
        )
        obj.profile = (
            _profile.Profile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile.Profile, v)
        )
        obj.additional_properties = d
        return obj
