from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class ApplicationGroupAssignment(OktaModel):
    """An Okta `ApplicationGroupAssignment`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        priority: int
        profile: dict[str, Any]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "id": "id",
        "lastUpdated": "last_updated",
        "priority": "priority",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "id": "str",
        "last_updated": "datetime",
        "priority": "int",
        "profile": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "priority": "priority",
        "profile": "profile",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationGroupAssignment._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.priority = d.pop("priority", UNSET)
        obj.profile = d.pop("profile", UNSET)
        obj.additional_properties = d
        return obj
