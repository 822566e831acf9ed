from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import resource_conditions as _resource_conditions
from . import resource_set_resource_links as _resource_set_resource_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .resource_conditions import ResourceConditions
    from .resource_set_resource_links import ResourceSetResourceLinks


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _resource_conditions.ResourceConditions.from_json(v)
            if lazy
            else _resource_conditions.ResourceConditions.from_dict(v)
        )
    return _convert.parse_model(_resource_conditions.ResourceConditions, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _resource_set_resource_links.ResourceSetResourceLinks.from_json(v)
            if lazy
            else _resource_set_resource_links.ResourceSetResourceLinks.from_dict(v)
        )
    return _convert.parse_model(_resource_set_resource_links.ResourceSetResourceLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "conditions": ("conditions", _parse_conditions),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "orn": ("orn", None),
        "field_links": ("_links", _parse_field_links),
    }

    conditions: ResourceConditions | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    orn: str | None = _attrs_field(init=False)
    field_links: ResourceSetResourceLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: ResourceConditions | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        orn: str | None | Unset = UNSET,
        field_links: ResourceSetResourceLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if orn is not UNSET:
            _set_field(self, "orn", orn)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("orn", UNSET)) is not UNSET:
            d["orn"] = v
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
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("orn", UNSET)) is not UNSET:
            obj.orn = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
