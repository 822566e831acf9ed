from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import os_account_display_name as _os_account_display_name
from . import os_account_embedded as _os_account_embedded
from . import os_account_links as _os_account_links
from .os_account_platform import OSAccountPlatform
from .os_account_status import OSAccountStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .os_account_display_name import OSAccountDisplayName
    from .os_account_embedded import OSAccountEmbedded
    from .os_account_links import OSAccountLinks


@_attrs_define(kw_only=True)
class OSAccount(OktaModel):
    """An Okta `OSAccount`.

    Attributes:
        created (read-only, never sent): Timestamp when the OS account was created
        device_id (`deviceId`, read-only, never sent): Unique identifier of the device this OS account belongs to
        id (read-only, never sent): Unique identifier for the OS account
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the OS account was last updated
        platform: OS platform for OS accounts (desktop platforms only)
        status: OSAccountStatus
        field_links (`_links`): OSAccountLinks
        last_seen_at (`lastSeenAt`): Timestamp when the OS account was last seen
        resource_alternate_id (`resourceAlternateId`, read-only, never sent): str
        resource_display_name (`resourceDisplayName`): Display name of the OS account
        resource_id (`resourceId`, read-only, never sent): Alternate key for the `id`
        resource_type (`resourceType`, read-only, never sent): str
        field_embedded (`_embedded`): Embedded resources related to the OS account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "deviceId": "device_id",
        "id": "id",
        "lastUpdated": "last_updated",
        "platform": "platform",
        "status": "status",
        "_links": "field_links",
        "lastSeenAt": "last_seen_at",
        "resourceAlternateId": "resource_alternate_id",
        "resourceDisplayName": "resource_display_name",
        "resourceId": "resource_id",
        "resourceType": "resource_type",
        "_embedded": "field_embedded",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "device_id": "str",
        "id": "str",
        "last_updated": "datetime",
        "platform": "enum",
        "status": "enum",
        "field_links": "model",
        "last_seen_at": "datetime",
        "resource_alternate_id": "str",
        "resource_display_name": "model",
        "resource_id": "str",
        "resource_type": "str",
        "field_embedded": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "device_id": "deviceId",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "platform": lambda d: (
            _convert.parse_enum(OSAccountPlatform, v) if (v := d.get("platform", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(OSAccountStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _os_account_links.OSAccountLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_links.OSAccountLinks, v)
        ),
        "last_seen_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastSeenAt", UNSET)).__class__ is str else v
        ),
        "resource_alternate_id": "resourceAlternateId",
        "resource_display_name": lambda d: (
            _os_account_display_name.OSAccountDisplayName.from_json(v)
            if (v := d.get("resourceDisplayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_display_name.OSAccountDisplayName, v)
        ),
        "resource_id": "resourceId",
        "resource_type": "resourceType",
        "field_embedded": lambda d: (
            _os_account_embedded.OSAccountEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_embedded.OSAccountEmbedded, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OSAccount._json_names),
    }
    _discriminator: ClassVar[str] = "platform"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "MACOS": ("os_account_mac_os", "OSAccountMacOS"),
        "WINDOWS": ("os_account_windows", "OSAccountWindows"),
    }

    created: datetime.datetime | None | Unset
    device_id: str | None | Unset
    id: str | None | Unset
    last_updated: datetime.datetime | None | Unset
    platform: OSAccountPlatform | None | Unset
    status: OSAccountStatus | None | Unset
    field_links: OSAccountLinks | None | Unset
    last_seen_at: datetime.datetime | None | Unset = UNSET
    resource_alternate_id: str | None | Unset = UNSET
    resource_display_name: OSAccountDisplayName | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    field_embedded: OSAccountEmbedded | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.device_id is not UNSET and not omit_read_only:
            d["deviceId"] = self.device_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.last_seen_at is not UNSET:
            d["lastSeenAt"] = _convert.dump_datetime(self.last_seen_at)
        if self.resource_alternate_id is not UNSET and not omit_read_only:
            d["resourceAlternateId"] = self.resource_alternate_id
        if self.resource_display_name is not UNSET:
            d["resourceDisplayName"] = _convert.dump_model(self.resource_display_name, omit_read_only)
        if self.resource_id is not UNSET and not omit_read_only:
            d["resourceId"] = self.resource_id
        if self.resource_type is not UNSET and not omit_read_only:
            d["resourceType"] = self.resource_type
        if self.field_embedded is not UNSET:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is OSAccount:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.device_id = d.pop("deviceId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.platform = (
            _convert.parse_enum(OSAccountPlatform, v) if (v := d.pop("platform", UNSET)).__class__ is str else v
        )
        obj.status = _convert.parse_enum(OSAccountStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _os_account_links.OSAccountLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_links.OSAccountLinks, v)
        )
        obj.last_seen_at = _convert.parse_datetime_text(v) if (v := d.pop("lastSeenAt", UNSET)).__class__ is str else v
        obj.resource_alternate_id = d.pop("resourceAlternateId", UNSET)
        obj.resource_display_name = (
            _os_account_display_name.OSAccountDisplayName.from_dict(v)
            if (v := d.pop("resourceDisplayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_display_name.OSAccountDisplayName, v)
        )
        obj.resource_id = d.pop("resourceId", UNSET)
        obj.resource_type = d.pop("resourceType", UNSET)
        obj.field_embedded = (
            _os_account_embedded.OSAccountEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_os_account_embedded.OSAccountEmbedded, v)
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is OSAccount and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
