from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import resource_set_links as _resource_set_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .resource_set_links import ResourceSetLinks


@_attrs_define(kw_only=True)
class ResourceSet(OktaModel):
    """An Okta `ResourceSet`.

    Attributes:
        created (read-only, never sent): Timestamp when the role was created
        description: Description of the resource set
        id (read-only, never sent): Unique ID for the resource set object
        label: Unique label for the resource set
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the role was last updated
        field_links (`_links`, read-only, never sent): ResourceSetLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "description": "description",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "description": "str",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "description": "description",
        "id": "id",
        "label": "label",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _resource_set_links.ResourceSetLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_set_links.ResourceSetLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ResourceSet._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    field_links: ResourceSetLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.field_links = (
            _resource_set_links.ResourceSetLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_set_links.ResourceSetLinks, v)
        )
        obj.additional_properties = d
        return obj
