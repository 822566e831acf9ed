from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import event_hook_channel as _event_hook_channel
from . import event_hook_links as _event_hook_links
from . import event_subscriptions as _event_subscriptions
from .event_hook_status import EventHookStatus
from .event_hook_verification_status import EventHookVerificationStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .event_hook_channel import EventHookChannel
    from .event_hook_links import EventHookLinks
    from .event_subscriptions import EventSubscriptions


def _parse_channel(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _event_hook_channel.EventHookChannel.from_json(v)
            if lazy
            else _event_hook_channel.EventHookChannel.from_dict(v)
        )
    return _convert.parse_model(_event_hook_channel.EventHookChannel, v)


def _parse_events(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _event_subscriptions.EventSubscriptions.from_json(v)
            if lazy
            else _event_subscriptions.EventSubscriptions.from_dict(v)
        )
    return _convert.parse_model(_event_subscriptions.EventSubscriptions, v)


_parse_status = _convert.enum_parser(EventHookStatus)

_parse_verification_status = _convert.enum_parser(EventHookVerificationStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _event_hook_links.EventHookLinks.from_json(v) if lazy else _event_hook_links.EventHookLinks.from_dict(v)
    return _convert.parse_model(_event_hook_links.EventHookLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EventHook(OktaModel):
    """An Okta `EventHook`.

    Attributes:
        channel: EventHookChannel
        events: EventSubscriptions
        name: Display name for the event hook
        created (read-only, never sent): Timestamp of the event hook creation
        created_by (`createdBy`, read-only, never sent): The ID of the user who created the event hook
        description: Description of the event hook
        id (read-only, never sent): Unique key for the event hook
        last_updated (`lastUpdated`, read-only, never sent): Date of the last event hook update
        status (read-only, never sent): Status of the event hook
        verification_status (`verificationStatus`, read-only, never sent): Verification status of the event hook. `UNVERIFIED` event hooks won't receive any events.
        field_links (`_links`, read-only, never sent): EventHookLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "events": "events",
        "name": "name",
        "created": "created",
        "createdBy": "created_by",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
        "verificationStatus": "verification_status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "channel": "model",
        "events": "model",
        "name": "str",
        "created": "datetime",
        "created_by": "str",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "status": "enum",
        "verification_status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "channel": ("channel", _parse_channel),
        "events": ("events", _parse_events),
        "name": ("name", None),
        "created": ("created", _convert.parse_datetime),
        "created_by": ("createdBy", None),
        "description": ("description", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "status": ("status", _parse_status),
        "verification_status": ("verificationStatus", _parse_verification_status),
        "field_links": ("_links", _parse_field_links),
    }

    channel: EventHookChannel | None = _attrs_field(init=False)
    events: EventSubscriptions | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    status: EventHookStatus | None = _attrs_field(init=False)
    verification_status: EventHookVerificationStatus | None = _attrs_field(init=False)
    field_links: EventHookLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        channel: EventHookChannel | None | Unset,
        events: EventSubscriptions | None | Unset,
        name: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: EventHookStatus | None | Unset = UNSET,
        verification_status: EventHookVerificationStatus | None | Unset = UNSET,
        field_links: EventHookLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if channel is not UNSET:
            _set_field(self, "channel", channel)
        if events is not UNSET:
            _set_field(self, "events", events)
        if name is not UNSET:
            _set_field(self, "name", name)
        if created is not UNSET:
            _set_field(self, "created", created)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        if verification_status is not UNSET:
            _set_field(self, "verification_status", verification_status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("channel", UNSET)) is not UNSET:
            d["channel"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("events", UNSET)) is not UNSET:
            d["events"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("verification_status", UNSET)) is not UNSET and not omit_read_only:
            d["verificationStatus"] = v
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
        if (v := d.pop("channel", UNSET)) is not UNSET:
            obj.channel = _parse_channel(v, False)
        if (v := d.pop("events", UNSET)) is not UNSET:
            obj.events = _parse_events(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("verificationStatus", UNSET)) is not UNSET:
            obj.verification_status = _parse_verification_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
