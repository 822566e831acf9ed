from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_embedded_app as _group_embedded_app
from . import group_embedded_stats as _group_embedded_stats

if TYPE_CHECKING:
    from typing import Self

    from .group_embedded_app import GroupEmbeddedApp
    from .group_embedded_stats import GroupEmbeddedStats


@_attrs_define(kw_only=True)
class GroupEmbedded(OktaModel):
    """Embedded resources related to the group

    Attributes:
        stats: Statistics about the group
        app: If the group is sourced from an app, this object contains information about that app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "stats": "stats",
        "app": "app",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "stats": "model",
        "app": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "stats": lambda d: (
            _group_embedded_stats.GroupEmbeddedStats.from_json(v)
            if (v := d.get("stats", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded_stats.GroupEmbeddedStats, v)
        ),
        "app": lambda d: (
            _group_embedded_app.GroupEmbeddedApp.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded_app.GroupEmbeddedApp, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupEmbedded._json_names),
    }

    stats: GroupEmbeddedStats | None | Unset = UNSET
    app: GroupEmbeddedApp | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.stats is not UNSET:
            d["stats"] = _convert.dump_model(self.stats, omit_read_only)
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.stats = (
            _group_embedded_stats.GroupEmbeddedStats.from_dict(v)
            if (v := d.pop("stats", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded_stats.GroupEmbeddedStats, v)
        )
        obj.app = (
            _group_embedded_app.GroupEmbeddedApp.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded_app.GroupEmbeddedApp, v)
        )
        obj.additional_properties = d
        return obj
