from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_channel as _event_hook_channel
from . import event_subscriptions as _event_subscriptions
from .event_hook_status import EventHookStatus
from .event_hook_verification_status import EventHookVerificationStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .event_hook_channel import EventHookChannel
    from .event_subscriptions import EventSubscriptions


@_attrs_define(kw_only=True)
class EventHook(OktaModel):
    """An Okta `EventHook`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        channel: EventHookChannel
        created (read-only, never sent): datetime.datetime
        created_by (`createdBy`): str
        events: EventSubscriptions
        id (read-only, never sent): str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: str
        status: EventHookStatus
        verification_status (`verificationStatus`): EventHookVerificationStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "channel": "channel",
        "created": "created",
        "createdBy": "created_by",
        "events": "events",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "verificationStatus": "verification_status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "channel": "model",
        "created": "datetime",
        "created_by": "str",
        "events": "model",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "verification_status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "channel": lambda d: (
            _event_hook_channel.EventHookChannel.from_json(v)
            if (v := d.get("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel.EventHookChannel, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": "createdBy",
        "events": lambda d: (
            _event_subscriptions.EventSubscriptions.from_json(v)
            if (v := d.get("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_subscriptions.EventSubscriptions, v)
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(EventHookStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "verification_status": lambda d: (
            _convert.parse_enum(EventHookVerificationStatus, v)
            if (v := d.get("verificationStatus", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EventHook._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    channel: EventHookChannel | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    events: EventSubscriptions | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: EventHookStatus | None | Unset = UNSET
    verification_status: EventHookVerificationStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.channel is not UNSET:
            d["channel"] = _convert.dump_model(self.channel, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET:
            d["createdBy"] = self.created_by
        if self.events is not UNSET:
            d["events"] = _convert.dump_model(self.events, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.verification_status is not UNSET:
            d["verificationStatus"] = self.verification_status
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
        obj.channel = (
            _event_hook_channel.EventHookChannel.from_dict(v)
            if (v := d.pop("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel.EventHookChannel, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = d.pop("createdBy", UNSET)
        obj.events = (
            _event_subscriptions.EventSubscriptions.from_dict(v)
            if (v := d.pop("events", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_subscriptions.EventSubscriptions, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(EventHookStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.verification_status = (
            _convert.parse_enum(EventHookVerificationStatus, v)
            if (v := d.pop("verificationStatus", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
