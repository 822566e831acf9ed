from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_filter_map_object_condition as _event_hook_filter_map_object_condition

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filter_map_object_condition import EventHookFilterMapObjectCondition


@_attrs_define(kw_only=True)
class EventHookFilterMapObject(OktaModel):
    """An Okta `EventHookFilterMapObject`.

    Attributes:
        condition: EventHookFilterMapObjectCondition
        event: The filtered event type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "condition": "condition",
        "event": "event",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "condition": "model",
        "event": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "condition": lambda d: (
            _event_hook_filter_map_object_condition.EventHookFilterMapObjectCondition.from_json(v)
            if (v := d.get("condition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_filter_map_object_condition.EventHookFilterMapObjectCondition, v)
        ),
        "event": "event",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookFilterMapObject._json_names),
    }

    condition: EventHookFilterMapObjectCondition | None | Unset = UNSET
    event: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.condition is not UNSET:
            d["condition"] = _convert.dump_model(self.condition, omit_read_only)
        if self.event is not UNSET:
            d["event"] = self.event
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.condition = (
            _event_hook_filter_map_object_condition.EventHookFilterMapObjectCondition.from_dict(v)
            if (v := d.pop("condition", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_filter_map_object_condition.EventHookFilterMapObjectCondition, v)
        )
        obj.event = d.pop("event", UNSET)
        obj.additional_properties = d
        return obj
