from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import event_hook_filters as _event_hook_filters
from .event_subscription_type import EventSubscriptionType

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filters import EventHookFilters


_parse_type_ = _convert.enum_parser(EventSubscriptionType)


def _parse_filter_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _event_hook_filters.EventHookFilters.from_json(v)
            if lazy
            else _event_hook_filters.EventHookFilters.from_dict(v)
        )
    return _convert.parse_model(_event_hook_filters.EventHookFilters, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "items": ("items", None),
        "type_": ("type", _parse_type_),
        "filter_": ("filter", _parse_filter_),
    }

    items: list[str] | None = _attrs_field(init=False)
    type_: EventSubscriptionType | None = _attrs_field(init=False)
    filter_: EventHookFilters | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        items: list[str] | None | Unset,
        type_: EventSubscriptionType | None | Unset,
        filter_: EventHookFilters | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if items is not UNSET:
            _set_field(self, "items", items)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if filter_ is not UNSET:
            _set_field(self, "filter_", filter_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("items", UNSET)) is not UNSET:
            d["items"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("filter_", UNSET)) is not UNSET:
            d["filter"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("items", UNSET)) is not UNSET:
            obj.items = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("filter", UNSET)) is not UNSET:
            obj.filter_ = _parse_filter_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
