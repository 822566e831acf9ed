from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_filter_map_object as _event_hook_filter_map_object

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filter_map_object import EventHookFilterMapObject


@_attrs_define(kw_only=True)
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
        "event_filter_map": lambda d: _convert.parse_model_list(
            _event_hook_filter_map_object.EventHookFilterMapObject.from_json, d.get("eventFilterMap", UNSET)
        ),
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookFilters._json_names),
    }

    event_filter_map: list[EventHookFilterMapObject] | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.event_filter_map is not UNSET:
            d["eventFilterMap"] = _convert.dump_model_list(self.event_filter_map, omit_read_only)
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.event_filter_map = _convert.parse_model_list(
            _event_hook_filter_map_object.EventHookFilterMapObject.from_dict, d.pop("eventFilterMap", UNSET)
        )
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
