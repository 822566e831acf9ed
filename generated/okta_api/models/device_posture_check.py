from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_mapping_type = _convert.enum_parser(DevicePostureChecksMappingType)

_parse_platform = _convert.enum_parser(DevicePostureChecksPlatform)


def _parse_remediation_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings.from_json(v)
            if lazy
            else _device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings.from_dict(v)
        )
    return _convert.parse_model(_device_posture_checks_remediation_settings.DevicePostureChecksRemediationSettings, v)


_parse_type_ = _convert.enum_parser(DevicePostureChecksType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created_by": ("createdBy", None),
        "created_date": ("createdDate", None),
        "description": ("description", None),
        "id": ("id", None),
        "last_update": ("lastUpdate", None),
        "last_updated_by": ("lastUpdatedBy", None),
        "mapping_type": ("mappingType", _parse_mapping_type),
        "name": ("name", None),
        "platform": ("platform", _parse_platform),
        "query": ("query", None),
        "remediation_settings": ("remediationSettings", _parse_remediation_settings),
        "type_": ("type", _parse_type_),
        "variable_name": ("variableName", None),
        "field_links": ("_links", _parse_field_links),
    }

    created_by: str | None = _attrs_field(init=False)
    created_date: str | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_update: str | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    mapping_type: DevicePostureChecksMappingType | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    platform: DevicePostureChecksPlatform | None = _attrs_field(init=False)
    query: str | None = _attrs_field(init=False)
    remediation_settings: DevicePostureChecksRemediationSettings | None = _attrs_field(init=False)
    type_: DevicePostureChecksType | None = _attrs_field(init=False)
    variable_name: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created_by: str | None | Unset = UNSET,
        created_date: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_update: str | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        mapping_type: DevicePostureChecksMappingType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        platform: DevicePostureChecksPlatform | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        remediation_settings: DevicePostureChecksRemediationSettings | None | Unset = UNSET,
        type_: DevicePostureChecksType | None | Unset = UNSET,
        variable_name: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if created_date is not UNSET:
            _set_field(self, "created_date", created_date)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_update is not UNSET:
            _set_field(self, "last_update", last_update)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if mapping_type is not UNSET:
            _set_field(self, "mapping_type", mapping_type)
        if name is not UNSET:
            _set_field(self, "name", name)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if query is not UNSET:
            _set_field(self, "query", query)
        if remediation_settings is not UNSET:
            _set_field(self, "remediation_settings", remediation_settings)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if variable_name is not UNSET:
            _set_field(self, "variable_name", variable_name)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("created_date", UNSET)) is not UNSET and not omit_read_only:
            d["createdDate"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_update", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdate"] = v
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("mapping_type", UNSET)) is not UNSET:
            d["mappingType"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("query", UNSET)) is not UNSET:
            d["query"] = v
        if (v := values.get("remediation_settings", UNSET)) is not UNSET:
            d["remediationSettings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("variable_name", UNSET)) is not UNSET:
            d["variableName"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("createdDate", UNSET)) is not UNSET:
            obj.created_date = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdate", UNSET)) is not UNSET:
            obj.last_update = v
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("mappingType", UNSET)) is not UNSET:
            obj.mapping_type = _parse_mapping_type(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("query", UNSET)) is not UNSET:
            obj.query = v
        if (v := d.pop("remediationSettings", UNSET)) is not UNSET:
            obj.remediation_settings = _parse_remediation_settings(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("variableName", UNSET)) is not UNSET:
            obj.variable_name = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
