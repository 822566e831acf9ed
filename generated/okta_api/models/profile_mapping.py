from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import profile_mapping_properties as _profile_mapping_properties
from . import profile_mapping_source as _profile_mapping_source

if TYPE_CHECKING:
    from typing import Self

    from .profile_mapping_properties import ProfileMappingProperties
    from .profile_mapping_source import ProfileMappingSource


@_attrs_define(kw_only=True)
class ProfileMapping(OktaModel):
    """An Okta `ProfileMapping`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        id (read-only, never sent): str
        properties (read-only, never sent): ProfileMappingProperties
        source: ProfileMappingSource
        target: ProfileMappingSource
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "id": "id",
        "properties": "properties",
        "source": "source",
        "target": "target",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "id": "str",
        "properties": "model",
        "source": "model",
        "target": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "id": "id",
        "properties": lambda d: (
            _profile_mapping_properties.ProfileMappingProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_properties.ProfileMappingProperties, v)
        ),
        "source": lambda d: (
            _profile_mapping_source.ProfileMappingSource.from_json(v)
            if (v := d.get("source", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        ),
        "target": lambda d: (
            _profile_mapping_source.ProfileMappingSource.from_json(v)
            if (v := d.get("target", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileMapping._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    properties: ProfileMappingProperties | None | Unset = UNSET
    source: ProfileMappingSource | None | Unset = UNSET
    target: ProfileMappingSource | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.properties is not UNSET and not omit_read_only:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.source is not UNSET:
            d["source"] = _convert.dump_model(self.source, omit_read_only)
        if self.target is not UNSET:
            d["target"] = _convert.dump_model(self.target, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.properties = (
            _profile_mapping_properties.ProfileMappingProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_properties.ProfileMappingProperties, v)
        )
        obj.source = (
            _profile_mapping_source.ProfileMappingSource.from_dict(v)
            if (v := d.pop("source", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        )
        obj.target = (
            _profile_mapping_source.ProfileMappingSource.from_dict(v)
            if (v := d.pop("target", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        )
        obj.additional_properties = d
        return obj
