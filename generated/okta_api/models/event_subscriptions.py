from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_filters as _event_hook_filters
from .event_subscription_type import EventSubscriptionType

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filters import EventHookFilters


@_attrs_define(kw_only=True)
class EventSubscriptions(OktaModel):
    """An Okta `EventSubscriptions`.

    Attributes:
        items: The subscribed event types that trigger the event hook. When you register an event hook
            you need to specify which events you want to subscribe to. To see the list of event types
            currently eligible for use in event hooks, use the [Event Types
            catalog](https://developer.okta.com/docs/reference/api/event-types/#catalog)
            and search with the parameter `event-hook-eligible`.
        type_ (`type`): The events object type. Currently supports `EVENT_TYPE`.
        filter_ (`filter`): The optional filter defined on a specific event type

            > **Note:** Event hook filters is a [self-service Early Access
            (EA)](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            to enable.
            If you want to disable this feature, it's recommended to first remove all event filters.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "items": "items",
        "type": "type_",
        "filter": "filter_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "items": "list:str",
        "type_": "enum",
        "filter_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "items": "items",
        "type_": lambda d: (
            _convert.parse_enum(EventSubscriptionType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "filter_": lambda d: (
            _event_hook_filters.EventHookFilters.from_json(v)
            if (v := d.get("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_filters.EventHookFilters, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EventSubscriptions._json_names),
    }

    items: list[str] | None | Unset
    type_: EventSubscriptionType | None | Unset
    filter_: EventHookFilters | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.items is not UNSET:
            d["items"] = self.items
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.filter_ is not UNSET:
            d["filter"] = _convert.dump_model(self.filter_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.items = d.pop("items", UNSET)
        obj.type_ = _convert.parse_enum(EventSubscriptionType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.filter_ = (
            _event_hook_filters.EventHookFilters.from_dict(v)
            if (v := d.pop("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_filters.EventHookFilters, v)
        )
        obj.additional_properties = d
        return obj
