from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import profile_mapping_source as _profile_mapping_source
from . import profile_mapping_target as _profile_mapping_target

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .profile_mapping_source import ProfileMappingSource
    from .profile_mapping_target import ProfileMappingTarget


@_attrs_define(kw_only=True)
class ProfileMapping(OktaModel):
    """The profile mapping object describes a mapping between an Okta user's and an app user's properties
    using [JSON Schema Draft 4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    > **Note:** Same type source/target mappings aren't supported by this API. Profile mappings must be
    between Okta and an app.

    Attributes:
        id (read-only, never sent): Unique identifier for a profile mapping
        properties: dict[str, Any]
        source: The parameter is the source of a profile mapping and is a valid [JSON Schema Draft
            4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the
            following properties. The data type can be an app instance or an Okta object.

            > **Note:** If the source is Okta and the UserTypes feature isn't enabled, then the source
            `_links` only has a link to the schema.
        target: The parameter is the target of a profile mapping and is a valid [JSON Schema Draft
            4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the
            following properties. The data type can be an app instance or an Okta object.

             > **Note:** If the target is Okta and the UserTypes feature isn't enabled, then the
            target `_links` only has a link to the schema.
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "properties": "properties",
        "source": "source",
        "target": "target",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "properties": "dict",
        "source": "model",
        "target": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "properties": "properties",
        "source": lambda d: (
            _profile_mapping_source.ProfileMappingSource.from_json(v)
            if (v := d.get("source", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        ),
        "target": lambda d: (
            _profile_mapping_target.ProfileMappingTarget.from_json(v)
            if (v := d.get("target", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_target.ProfileMappingTarget, v)
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileMapping._json_names),
    }

    id: str | None | Unset = UNSET
    properties: dict[str, Any] | None | Unset = UNSET
    source: ProfileMappingSource | None | Unset = UNSET
    target: ProfileMappingTarget | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.properties is not UNSET:
            d["properties"] = self.properties
        if self.source is not UNSET:
            d["source"] = _convert.dump_model(self.source, omit_read_only)
        if self.target is not UNSET:
            d["target"] = _convert.dump_model(self.target, omit_read_only)
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
        obj.id = d.pop("id", UNSET)
        obj.properties = d.pop("properties", UNSET)
        obj.source = (
            _profile_mapping_source.ProfileMappingSource.from_dict(v)
            if (v := d.pop("source", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)
        )
        obj.target = (
            _profile_mapping_target.ProfileMappingTarget.from_dict(v)
            if (v := d.pop("target", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_mapping_target.ProfileMappingTarget, v)
        )
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
