from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_embedded_app as _group_embedded_app
from . import group_embedded_stats as _group_embedded_stats

if TYPE_CHECKING:
    from typing import Self

    from .group_embedded_app import GroupEmbeddedApp
    from .group_embedded_stats import GroupEmbeddedStats


def _parse_stats(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_embedded_stats.GroupEmbeddedStats.from_json(v)
            if lazy
            else _group_embedded_stats.GroupEmbeddedStats.from_dict(v)
        )
    return _convert.parse_model(_group_embedded_stats.GroupEmbeddedStats, v)


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_embedded_app.GroupEmbeddedApp.from_json(v)
            if lazy
            else _group_embedded_app.GroupEmbeddedApp.from_dict(v)
        )
    return _convert.parse_model(_group_embedded_app.GroupEmbeddedApp, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "stats": ("stats", _parse_stats),
        "app": ("app", _parse_app),
    }

    stats: GroupEmbeddedStats | None = _attrs_field(init=False)
    app: GroupEmbeddedApp | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        stats: GroupEmbeddedStats | None | Unset = UNSET,
        app: GroupEmbeddedApp | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if stats is not UNSET:
            _set_field(self, "stats", stats)
        if app is not UNSET:
            _set_field(self, "app", app)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("stats", UNSET)) is not UNSET:
            d["stats"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("stats", UNSET)) is not UNSET:
            obj.stats = _parse_stats(v, False)
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
