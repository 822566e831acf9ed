from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import device_posture_checks_remediation_settings as _device_posture_checks_remediation_settings
from . import links_self as _links_self
from .device_posture_checks_mapping_type import DevicePostureChecksMappingType
from .device_posture_checks_platform import DevicePostureChecksPlatform
from .device_posture_checks_type import DevicePostureChecksType

if TYPE_CHECKING:
    from typing import Self

    from .device_posture_checks_remediation_settings import DevicePostureChecksRemediationSettings
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class DevicePostureCheck(OktaModel):
    """DevicePostureCheck

    Attributes:
        created_by (`createdBy`, read-only, never sent): User who created the device posture check
        created_date (`createdDate`, read-only, never sent): Time the device posture check was created
        description: Description of the device posture check
        id (read-only, never sent): The ID of the device posture check
        last_update (`lastUpdate`, read-only, never sent): Time the device posture check was updated
        last_updated_by (`lastUpdatedBy`, read-only, never sent): User who updated the device posture check
        mapping_type (`mappingType`): Represents how the device posture check is rendered in device assurance policies
        name: Display name of the device posture check
        platform: DevicePostureChecksPlatform
        query: OSQuery for the device posture check
        remediation_settings (`remediationSettings`): Represents the remediation instructions shown to the end user when the device posture
            check fails
        type_ (`type`): DevicePostureChecksType
        variable_name (`variableName`): Unique name of the device posture check
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "createdBy": "created_by",
        "createdDate": "created_date",
        "description": "description",
        "id": "id",
        "lastUpdate": "last_update",
        "lastUpdatedBy": "last_updated_by",
        "mappingType": "mapping_type",
        "name": "name",
        "platform": "platform",
        "query": "query",
        "remediationSettings": "remediation_settings",
        "type": "type_",
        "variableName": "variable_name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created_by": "str",
        "created_date": "str",
        "description": "str",
        "id": "str",
        "last_update": "str",
        "last_updated_by": "str",
        "mapping_type": "enum",
        "name": "str",
        "platform": "enum",
        "query": "str",
        "remediation_settings": "model",
        "type_": "enum",
        "variable_name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created_by": "createdBy",
        "created_date": "createdDate",
        "description": "description",
        "id": "id",
        "last_update": "lastUpdate",
        "last_updated_by": "lastUpdatedBy",
        "mapping_type": lambda d: (
            _convert.parse_enum(DevicePostureChecksMappingType, v)
            if (v := d.get("mappingType", UNSET)).__class__ is str
            else v
        ),
        "name": "name",
        "platform": lambda d: (
            _convert.parse_enum(DevicePostureChecksPlatform, v)
            if (v := d.get("platform", UNSET)).__class__ is str
            else v
        ),
        "query": "query",
        "remediation_settings": lambda d: (
            _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings.from_json(v)
            if (v := d.get("remediationSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings, v
            )
        ),
        "type_": lambda d: (
            _convert.parse_enum(DevicePostureChecksType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "variable_name": "variableName",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DevicePostureCheck._json_names),
    }

    created_by: str | None | Unset = UNSET
    created_date: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_update: str | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    mapping_type: DevicePostureChecksMappingType | None | Unset = UNSET
    name: str | None | Unset = UNSET
    platform: DevicePostureChecksPlatform | None | Unset = UNSET
    query: str | None | Unset = UNSET
    remediation_settings: DevicePostureChecksRemediationSettings | None | Unset = UNSET
    type_: DevicePostureChecksType | None | Unset = UNSET
    variable_name: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.created_date is not UNSET and not omit_read_only:
            d["createdDate"] = self.created_date
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_update is not UNSET and not omit_read_only:
            d["lastUpdate"] = self.last_update
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.mapping_type is not UNSET:
            d["mappingType"] = self.mapping_type
        if self.name is not UNSET:
            d["name"] = self.name
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.query is not UNSET:
            d["query"] = self.query
        if self.remediation_settings is not UNSET:
            d["remediationSettings"] = _convert.dump_model(self.remediation_settings, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.variable_name is not UNSET:
            d["variableName"] = self.variable_name
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.created_by = d.pop("createdBy", UNSET)
        obj.created_date = d.pop("createdDate", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_update = d.pop("lastUpdate", UNSET)
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.mapping_type = (
            _convert.parse_enum(DevicePostureChecksMappingType, v)
            if (v := d.pop("mappingType", UNSET)).__class__ is str
            else v
        )
        obj.name = d.pop("name", UNSET)
        obj.platform = (
            _convert.parse_enum(DevicePostureChecksPlatform, v)
            if (v := d.pop("platform", UNSET)).__class__ is str
            else v
        )
        obj.query = d.pop("query", UNSET)
        obj.remediation_settings = (
            _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings.from_dict(v)
            if (v := d.pop("remediationSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings, v
            )
        )
        obj.type_ = (
            _convert.parse_enum(DevicePostureChecksType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.variable_name = d.pop("variableName", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
