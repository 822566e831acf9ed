from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "display_name": "displayName",
        "id": "id",
        "metadata": lambda d: _convert.parse_union(
            (
                _device_integrations_metadata_type_0.DeviceIntegrationsMetadataType0,
                _device_integrations_metadata_type_1.DeviceIntegrationsMetadataType1,
                _device_integrations_metadata_type_2.DeviceIntegrationsMetadataType2,
            ),
            d.get("metadata", UNSET),
        ),
        "name": lambda d: (
            _convert.parse_enum(DeviceIntegrationsName, v) if (v := d.get("name", UNSET)).__class__ is str else v
        ),
        "platform": lambda d: (
            _convert.parse_enum(DeviceIntegrationsPlatform, v)
            if (v := d.get("platform", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(DeviceIntegrationsStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceIntegrations._json_names),
    }

    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    metadata: (
        DeviceIntegrationsMetadataType0
        | DeviceIntegrationsMetadataType1
        | DeviceIntegrationsMetadataType2
        | None
        | Unset
    ) = UNSET
    name: DeviceIntegrationsName | None | Unset = UNSET
    platform: DeviceIntegrationsPlatform | None | Unset = UNSET
    status: DeviceIntegrationsStatus | None | Unset = UNSET
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_value(self.metadata, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.metadata = _convert.parse_union(
            (
                _device_integrations_metadata_type_0.DeviceIntegrationsMetadataType0,
                _device_integrations_metadata_type_1.DeviceIntegrationsMetadataType1,
                _device_integrations_metadata_type_2.DeviceIntegrationsMetadataType2,
            ),
            d.pop("metadata", UNSET),
        )
        obj.name = _convert.parse_enum(DeviceIntegrationsName, v) if (v := d.pop("name", UNSET)).__class__ is str else v
        obj.platform = (
            _convert.parse_enum(DeviceIntegrationsPlatform, v)
            if (v := d.pop("platform", UNSET)).__class__ is str
            else v
        )
        obj.status = (
            _convert.parse_enum(DeviceIntegrationsStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.additional_properties = d
        return obj
