from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_platform = _convert.enum_parser(OSAccountPlatform)

_parse_status = _convert.enum_parser(OSAccountStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _os_account_links.OSAccountLinks.from_json(v) if lazy else _os_account_links.OSAccountLinks.from_dict(v)
    return _convert.parse_model(_os_account_links.OSAccountLinks, v)


def _parse_resource_display_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_account_display_name.OSAccountDisplayName.from_json(v)
            if lazy
            else _os_account_display_name.OSAccountDisplayName.from_dict(v)
        )
    return _convert.parse_model(_os_account_display_name.OSAccountDisplayName, v)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_account_embedded.OSAccountEmbedded.from_json(v)
            if lazy
            else _os_account_embedded.OSAccountEmbedded.from_dict(v)
        )
    return _convert.parse_model(_os_account_embedded.OSAccountEmbedded, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "device_id": ("deviceId", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "platform": ("platform", _parse_platform),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
        "last_seen_at": ("lastSeenAt", _convert.parse_datetime),
        "resource_alternate_id": ("resourceAlternateId", None),
        "resource_display_name": ("resourceDisplayName", _parse_resource_display_name),
        "resource_id": ("resourceId", None),
        "resource_type": ("resourceType", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
    }
    _discriminator: ClassVar[str] = "platform"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "MACOS": ("os_account_mac_os", "OSAccountMacOS"),
        "WINDOWS": ("os_account_windows", "OSAccountWindows"),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    device_id: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    platform: OSAccountPlatform | None = _attrs_field(init=False)
    status: OSAccountStatus | None = _attrs_field(init=False)
    field_links: OSAccountLinks | None = _attrs_field(init=False)
    last_seen_at: datetime.datetime | None = _attrs_field(init=False)
    resource_alternate_id: str | None = _attrs_field(init=False)
    resource_display_name: OSAccountDisplayName | None = _attrs_field(init=False)
    resource_id: str | None = _attrs_field(init=False)
    resource_type: str | None = _attrs_field(init=False)
    field_embedded: OSAccountEmbedded | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset,
        device_id: str | None | Unset,
        id: str | None | Unset,
        last_updated: datetime.datetime | None | Unset,
        platform: OSAccountPlatform | None | Unset,
        status: OSAccountStatus | None | Unset,
        field_links: OSAccountLinks | None | Unset,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        resource_alternate_id: str | None | Unset = UNSET,
        resource_display_name: OSAccountDisplayName | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: str | None | Unset = UNSET,
        field_embedded: OSAccountEmbedded | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if device_id is not UNSET:
            _set_field(self, "device_id", device_id)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if last_seen_at is not UNSET:
            _set_field(self, "last_seen_at", last_seen_at)
        if resource_alternate_id is not UNSET:
            _set_field(self, "resource_alternate_id", resource_alternate_id)
        if resource_display_name is not UNSET:
            _set_field(self, "resource_display_name", resource_display_name)
        if resource_id is not UNSET:
            _set_field(self, "resource_id", resource_id)
        if resource_type is not UNSET:
            _set_field(self, "resource_type", resource_type)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("device_id", UNSET)) is not UNSET and not omit_read_only:
            d["deviceId"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("last_seen_at", UNSET)) is not UNSET:
            d["lastSeenAt"] = _convert.dump_datetime(v)
        if (v := values.get("resource_alternate_id", UNSET)) is not UNSET and not omit_read_only:
            d["resourceAlternateId"] = v
        if (v := values.get("resource_display_name", UNSET)) is not UNSET:
            d["resourceDisplayName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_id", UNSET)) is not UNSET and not omit_read_only:
            d["resourceId"] = v
        if (v := values.get("resource_type", UNSET)) is not UNSET and not omit_read_only:
            d["resourceType"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
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
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("deviceId", UNSET)) is not UNSET:
            obj.device_id = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("lastSeenAt", UNSET)) is not UNSET:
            obj.last_seen_at = _convert.parse_datetime(v, False)
        if (v := d.pop("resourceAlternateId", UNSET)) is not UNSET:
            obj.resource_alternate_id = v
        if (v := d.pop("resourceDisplayName", UNSET)) is not UNSET:
            obj.resource_display_name = _parse_resource_display_name(v, False)
        if (v := d.pop("resourceId", UNSET)) is not UNSET:
            obj.resource_id = v
        if (v := d.pop("resourceType", UNSET)) is not UNSET:
            obj.resource_type = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is OSAccount and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
