from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_display_name as _device_display_name
from . import device_profile as _device_profile
from . import links_self_and_full_users_lifecycle as _links_self_and_full_users_lifecycle
from .device_status import DeviceStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .device_display_name import DeviceDisplayName
    from .device_profile import DeviceProfile
    from .links_self_and_full_users_lifecycle import LinksSelfAndFullUsersLifecycle


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _device_profile.DeviceProfile.from_json(v) if lazy else _device_profile.DeviceProfile.from_dict(v)
    return _convert.parse_model(_device_profile.DeviceProfile, v)


def _parse_resource_display_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_display_name.DeviceDisplayName.from_json(v)
            if lazy
            else _device_display_name.DeviceDisplayName.from_dict(v)
        )
    return _convert.parse_model(_device_display_name.DeviceDisplayName, v)


_parse_status = _convert.enum_parser(DeviceStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle.from_json(v)
            if lazy
            else _links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_full_users_lifecycle.LinksSelfAndFullUsersLifecycle, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Device(OktaModel):
    """An Okta `Device`.

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
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "profile": ("profile", _parse_profile),
        "resource_alternate_id": ("resourceAlternateId", None),
        "resource_display_name": ("resourceDisplayName", _parse_resource_display_name),
        "resource_id": ("resourceId", None),
        "resource_type": ("resourceType", None),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    profile: DeviceProfile | None = _attrs_field(init=False)
    resource_alternate_id: str | None = _attrs_field(init=False)
    resource_display_name: DeviceDisplayName | None = _attrs_field(init=False)
    resource_id: str | None = _attrs_field(init=False)
    resource_type: str | None = _attrs_field(init=False)
    status: DeviceStatus | None = _attrs_field(init=False)
    field_links: LinksSelfAndFullUsersLifecycle | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        profile: DeviceProfile | None | Unset = UNSET,
        resource_alternate_id: str | None | Unset = UNSET,
        resource_display_name: DeviceDisplayName | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: str | None | Unset = UNSET,
        status: DeviceStatus | None | Unset = UNSET,
        field_links: LinksSelfAndFullUsersLifecycle | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if resource_alternate_id is not UNSET:
            _set_field(self, "resource_alternate_id", resource_alternate_id)
        if resource_display_name is not UNSET:
            _set_field(self, "resource_display_name", resource_display_name)
        if resource_id is not UNSET:
            _set_field(self, "resource_id", resource_id)
        if resource_type is not UNSET:
            _set_field(self, "resource_type", resource_type)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_alternate_id", UNSET)) is not UNSET and not omit_read_only:
            d["resourceAlternateId"] = v
        if (v := values.get("resource_display_name", UNSET)) is not UNSET:
            d["resourceDisplayName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_id", UNSET)) is not UNSET and not omit_read_only:
            d["resourceId"] = v
        if (v := values.get("resource_type", UNSET)) is not UNSET and not omit_read_only:
            d["resourceType"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("resourceAlternateId", UNSET)) is not UNSET:
            obj.resource_alternate_id = v
        if (v := d.pop("resourceDisplayName", UNSET)) is not UNSET:
            obj.resource_display_name = _parse_resource_display_name(v, False)
        if (v := d.pop("resourceId", UNSET)) is not UNSET:
            obj.resource_id = v
        if (v := d.pop("resourceType", UNSET)) is not UNSET:
            obj.resource_type = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
