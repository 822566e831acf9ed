from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import event_hook_filter_map_object as _event_hook_filter_map_object

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filter_map_object import EventHookFilterMapObject


def _parse_event_filter_map(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _event_hook_filter_map_object.EventHookFilterMapObject.from_json
        if lazy
        else _event_hook_filter_map_object.EventHookFilterMapObject.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EventHookFilters(OktaModel):
    """The optional filter defined on a specific event type

    > **Note:** Event hook filters is a [self-service Early Access
    (EA)](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
    to enable.
    If you want to disable this feature, it's recommended to first remove all event filters.

    Attributes:
        event_filter_map (`eventFilterMap`): The object that maps the filter to the event type
        type_ (`type`, read-only, never sent): The type of filter. Currently only supports `EXPRESSION_LANGUAGE`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "eventFilterMap": "event_filter_map",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_filter_map": "list:model",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_filter_map": ("eventFilterMap", _parse_event_filter_map),
        "type_": ("type", None),
    }

    event_filter_map: list[EventHookFilterMapObject] | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_filter_map: list[EventHookFilterMapObject] | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_filter_map is not UNSET:
            _set_field(self, "event_filter_map", event_filter_map)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("event_filter_map", UNSET)) is not UNSET:
            d["eventFilterMap"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("eventFilterMap", UNSET)) is not UNSET:
            obj.event_filter_map = _parse_event_filter_map(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
