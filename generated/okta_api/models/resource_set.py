from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import resource_set_links as _resource_set_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .resource_set_links import ResourceSetLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _resource_set_links.ResourceSetLinks.from_json(v)
            if lazy
            else _resource_set_links.ResourceSetLinks.from_dict(v)
        )
    return _convert.parse_model(_resource_set_links.ResourceSetLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "description": ("description", None),
        "id": ("id", None),
        "label": ("label", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    field_links: ResourceSetLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        field_links: ResourceSetLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if label is not UNSET:
            _set_field(self, "label", label)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
