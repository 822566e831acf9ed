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
class ThreatInsightConfiguration(OktaModel):
    """An Okta `ThreatInsightConfiguration`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        action: str
        created (read-only, never sent): datetime.datetime
        exclude_zones (`excludeZones`): list[str]
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "action": "action",
        "created": "created",
        "excludeZones": "exclude_zones",
        "lastUpdated": "last_updated",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "action": "str",
        "created": "datetime",
        "exclude_zones": "list:str",
        "last_updated": "datetime",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "action": "action",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "exclude_zones": "excludeZones",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ThreatInsightConfiguration._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    action: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    exclude_zones: list[str] | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.action is not UNSET:
            d["action"] = self.action
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.exclude_zones is not UNSET:
            d["excludeZones"] = self.exclude_zones
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
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
        obj.action = d.pop("action", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.exclude_zones = d.pop("excludeZones", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
