from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import source_links as _source_links

if TYPE_CHECKING:
    from typing import Self

    from .source_links import SourceLinks


@_attrs_define(kw_only=True)
class ProfileMappingSource(OktaModel):
    """The parameter is the source of a profile mapping and is a valid [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the following
    properties. The data type can be an app instance or an Okta object.

    > **Note:** If the source is Okta and the UserTypes feature isn't enabled, then the source `_links`
    only has a link to the schema.

    Attributes:
        id (read-only, never sent): Unique identifier for the application instance or userType
        name (read-only, never sent): Variable name of the application instance or name of the referenced UserType
        type_ (`type`, read-only, never sent): Type of user referenced in the mapping
        field_links (`_links`): SourceLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "type_": "type",
        "field_links": lambda d: (
            _source_links.SourceLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_source_links.SourceLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileMappingSource._json_names),
    }

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_links: SourceLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
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
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.field_links = (
            _source_links.SourceLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_source_links.SourceLinks, v)
        )
        obj.additional_properties = d
        return obj
