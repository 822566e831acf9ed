from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_integrations_metadata_type_0 as _device_integrations_metadata_type_0
from . import device_integrations_metadata_type_1 as _device_integrations_metadata_type_1
from . import device_integrations_metadata_type_2 as _device_integrations_metadata_type_2
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .device_integrations_name import DeviceIntegrationsName
from .device_integrations_platform import DeviceIntegrationsPlatform
from .device_integrations_status import DeviceIntegrationsStatus

if TYPE_CHECKING:
    from typing import Self

    from .device_integrations_metadata_type_0 import DeviceIntegrationsMetadataType0
    from .device_integrations_metadata_type_1 import DeviceIntegrationsMetadataType1
    from .device_integrations_metadata_type_2 import DeviceIntegrationsMetadataType2
    from .links_self_and_lifecycle import LinksSelfAndLifecycle


def _parse_metadata(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _device_integrations_metadata_type_0.DeviceIntegrationsMetadataType0,
            _device_integrations_metadata_type_1.DeviceIntegrationsMetadataType1,
            _device_integrations_metadata_type_2.DeviceIntegrationsMetadataType2,
        ),
        v,
    )


_parse_name = _convert.enum_parser(DeviceIntegrationsName)

_parse_platform = _convert.enum_parser(DeviceIntegrationsPlatform)

_parse_status = _convert.enum_parser(DeviceIntegrationsStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if lazy
            else _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceIntegrations(OktaModel):
    """DeviceIntegrations

    Attributes:
        display_name (`displayName`): The display name of the device integration
        id (read-only, never sent): The ID of the device integration
        metadata: The metadata of the device integration
        name: The namespace of the device integration
        platform: DeviceIntegrationsPlatform
        status: The status of the device integration
        field_links (`_links`): LinksSelfAndLifecycle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "id": "id",
        "metadata": "metadata",
        "name": "name",
        "platform": "platform",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "id": "str",
        "metadata": "any",
        "name": "enum",
        "platform": "enum",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": ("displayName", None),
        "id": ("id", None),
        "metadata": ("metadata", _parse_metadata),
        "name": ("name", _parse_name),
        "platform": ("platform", _parse_platform),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    display_name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    metadata: (
        DeviceIntegrationsMetadataType0 | DeviceIntegrationsMetadataType1 | DeviceIntegrationsMetadataType2 | None
    ) = _attrs_field(init=False)
    name: DeviceIntegrationsName | None = _attrs_field(init=False)
    platform: DeviceIntegrationsPlatform | None = _attrs_field(init=False)
    status: DeviceIntegrationsStatus | None = _attrs_field(init=False)
    field_links: LinksSelfAndLifecycle | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        display_name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        metadata: DeviceIntegrationsMetadataType0
        | DeviceIntegrationsMetadataType1
        | DeviceIntegrationsMetadataType2
        | None
        | Unset = UNSET,
        name: DeviceIntegrationsName | None | Unset = UNSET,
        platform: DeviceIntegrationsPlatform | None | Unset = UNSET,
        status: DeviceIntegrationsStatus | None | Unset = UNSET,
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if metadata is not UNSET:
            _set_field(self, "metadata", metadata)
        if name is not UNSET:
            _set_field(self, "name", name)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
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
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("metadata", UNSET)) is not UNSET:
            d["metadata"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
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
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("metadata", UNSET)) is not UNSET:
            obj.metadata = _parse_metadata(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = _parse_name(v, False)
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
