from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import resource_conditions as _resource_conditions
from . import resource_set_resource_links as _resource_set_resource_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .resource_conditions import ResourceConditions
    from .resource_set_resource_links import ResourceSetResourceLinks


@_attrs_define(kw_only=True)
class ResourceSetResource(OktaModel):
    """An Okta `ResourceSetResource`.

    Attributes:
        conditions: Conditions for further restricting a resource.
        created (read-only, never sent): Timestamp when the resource set resource object was created
        id (read-only, never sent): Unique ID of the resource set resource object
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when this object was last updated
        orn: The Okta Resource Name (ORN) of the resource
        field_links (`_links`, read-only, never sent): Related discoverable resources
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "orn": "orn",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "model",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "orn": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": lambda d: (
            _resource_conditions.ResourceConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions.ResourceConditions, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "orn": "orn",
        "field_links": lambda d: (
            _resource_set_resource_links.ResourceSetResourceLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_set_resource_links.ResourceSetResourceLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ResourceSetResource._json_names),
    }

    conditions: ResourceConditions | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    orn: str | None | Unset = UNSET
    field_links: ResourceSetResourceLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.orn is not UNSET:
            d["orn"] = self.orn
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
        obj.conditions = (
            _resource_conditions.ResourceConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions.ResourceConditions, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.orn = d.pop("orn", UNSET)
        obj.field_links = (
            _resource_set_resource_links.ResourceSetResourceLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_set_resource_links.ResourceSetResourceLinks, v)
        )
        obj.additional_properties = d
        return obj
