from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "channel": lambda d: (
            _event_hook_channel.EventHookChannel.from_json(v)
            if (v := d.get("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel.EventHookChannel, v)
        ),
        "events": lambda d: (
            _event_subscriptions.EventSubscriptions.from_json(v)
            if (v := d.get("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_subscriptions.EventSubscriptions, v)
        ),
        "name": "name",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": "createdBy",
        "description": "description",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(EventHookStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "verification_status": lambda d: (
            _convert.parse_enum(EventHookVerificationStatus, v)
            if (v := d.get("verificationStatus", UNSET)).__class__ is str
            else v
        ),
        "field_links": lambda d: (
            _event_hook_links.EventHookLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_links.EventHookLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EventHook._json_names),
    }

    channel: EventHookChannel | None | Unset
    events: EventSubscriptions | None | Unset
    name: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: EventHookStatus | None | Unset = UNSET
    verification_status: EventHookVerificationStatus | None | Unset = UNSET
    field_links: EventHookLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.channel is not UNSET:
            d["channel"] = _convert.dump_model(self.channel, omit_read_only)
        if self.events is not UNSET:
            d["events"] = _convert.dump_model(self.events, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.verification_status is not UNSET and not omit_read_only:
            d["verificationStatus"] = self.verification_status
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.channel = (
            _event_hook_channel.EventHookChannel.from_dict(v)
            if (v := d.pop("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel.EventHookChannel, v)
        )
        obj.events = (
            _event_subscriptions.EventSubscriptions.from_dict(v)
            if (v := d.pop("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_subscriptions.EventSubscriptions, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = d.pop("createdBy", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(EventHookStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.verification_status = (
            _convert.parse_enum(EventHookVerificationStatus, v)
            if (v := d.pop("verificationStatus", UNSET)).__class__ is str
            else v
        )
        obj.field_links = (
            _event_hook_links.EventHookLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_links.EventHookLinks, v)
        )
        obj.additional_properties = d
        return obj
