from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import device_display_name as _device_display_name
from . import device_profile as _device_profile
from . import device_provider as _device_provider
from . import links_self_and_full_users_lifecycle as _links_self_and_full_users_lifecycle
from .device import Device
from .device_status import DeviceStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .device_display_name import DeviceDisplayName
    from .device_profile import DeviceProfile
    from .device_provider import DeviceProvider
    from .links_self_and_full_users_lifecycle import LinksSelfAndFullUsersLifecycle


@_attrs_define(kw_only=True)
class DeviceWithProviders(Device):
    """An Okta `DeviceWithProviders`.

    Attributes:
        created (read-only, never sent): Timestamp when the device was created
        id (read-only, never sent): Unique key for the device
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the device record was last updated. Updates occur when Okta collects and
            saves device signals during authentication, and when the lifecycle state of the device
            changes.
        profile: DeviceProfile
        resource_alternate_id (`resourceAlternateId`, read-only, never sent): str
        resource_display_name (`resourceDisplayName`): Display name of the device
        resource_id (`resourceId`, read-only, never sent): Alternate key for the `id`
        resource_type (`resourceType`, read-only, never sent): str
        status: The state object of the device
        field_links (`_links`): LinksSelfAndFullUsersLifecycle
        providers (read-only, never sent): List of providers for the device when the `expand=providers` query parameter is specified
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "resourceAlternateId": "resource_alternate_id",
        "resourceDisplayName": "resource_display_name",
        "resourceId": "resource_id",
        "resourceType": "resource_type",
        "status": "status",
        "_links": "field_links",
        "providers": "providers",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "profile": "model",
        "resource_alternate_id": "str",
        "resource_display_name": "model",
        "resource_id": "str",
        "resource_type": "str",
        "status": "enum",
        "field_links": "model",
        "providers": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _device_profile.DeviceProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_profile.DeviceProfile, v)
        ),
        "resource_alternate_id": "resourceAlternateId",
        "resource_display_name": lambda d: (
            _device_display_name.DeviceDisplayName.from_json(v)
            if (v := d.get("resourceDisplayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_display_name.DeviceDisplayName, v)
        ),
        "resource_id": "resourceId",
        "resource_type": "resourceType",
        "status": lambda d: (
            _convert.parse_enum(DeviceStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle, v)
        ),
        "providers": lambda d: _convert.parse_model_list(
            _device_provider.DeviceProvider.from_json, d.get("providers", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceWithProviders._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: DeviceProfile | None | Unset = UNSET
    resource_alternate_id: str | None | Unset = UNSET
    resource_display_name: DeviceDisplayName | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    status: DeviceStatus | None | Unset = UNSET
    field_links: LinksSelfAndFullUsersLifecycle | None | Unset = UNSET
    providers: list[DeviceProvider] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.resource_alternate_id is not UNSET and not omit_read_only:
            d["resourceAlternateId"] = self.resource_alternate_id
        if self.resource_display_name is not UNSET:
            d["resourceDisplayName"] = _convert.dump_model(self.resource_display_name, omit_read_only)
        if self.resource_id is not UNSET and not omit_read_only:
            d["resourceId"] = self.resource_id
        if self.resource_type is not UNSET and not omit_read_only:
            d["resourceType"] = self.resource_type
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.providers is not UNSET and not omit_read_only:
            d["providers"] = _convert.dump_model_list(self.providers, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.profile = (
            _device_profile.DeviceProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_profile.DeviceProfile, v)
        )
        obj.resource_alternate_id = d.pop("resourceAlternateId", UNSET)
        obj.resource_display_name = (
            _device_display_name.DeviceDisplayName.from_dict(v)
            if (v := d.pop("resourceDisplayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_display_name.DeviceDisplayName, v)
        )
        obj.resource_id = d.pop("resourceId", UNSET)
        obj.resource_type = d.pop("resourceType", UNSET)
        obj.status = _convert.parse_enum(DeviceStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle, v)
        )
        obj.providers = _convert.parse_model_list(_device_provider.DeviceProvider.from_dict, d.pop("providers", UNSET))
        obj.additional_properties = d
        return obj
