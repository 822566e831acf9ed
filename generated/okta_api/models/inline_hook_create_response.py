from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import inline_hook_channel as _inline_hook_channel
from . import inline_hook_links_create as _inline_hook_links_create
from .inline_hook_status import InlineHookStatus
from .inline_hook_type import InlineHookType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .inline_hook_channel import InlineHookChannel
    from .inline_hook_links_create import InlineHookLinksCreate


@_attrs_define(kw_only=True)
class InlineHookCreateResponse(OktaModel):
    """An inline hook object that specifies the details of the inline hook

    Attributes:
        channel: InlineHookChannel
        created (read-only, never sent): Date of the inline hook creation
        id (read-only, never sent): The unique identifier for the inline hook
        last_updated (`lastUpdated`, read-only, never sent): Date of the last inline hook update
        name: The display name of the inline hook
        status: InlineHookStatus
        type_ (`type`): One of the inline hook types
        version (read-only, never sent): Version of the inline hook type. The currently supported version is `1.0.0`.
        field_links (`_links`): InlineHookLinksCreate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "version": "version",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "channel": "model",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "enum",
        "version": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "channel": lambda d: (
            _inline_hook_channel.InlineHookChannel.from_json(v)
            if (v := d.get("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_channel.InlineHookChannel, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(InlineHookStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(InlineHookType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "version": "version",
        "field_links": lambda d: (
            _inline_hook_links_create.InlineHookLinksCreate.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_links_create.InlineHookLinksCreate, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookCreateResponse._json_names),
    }

    channel: InlineHookChannel | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: InlineHookStatus | None | Unset = UNSET
    type_: InlineHookType | None | Unset = UNSET
    version: str | None | Unset = UNSET
    field_links: InlineHookLinksCreate | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.channel is not UNSET:
            d["channel"] = _convert.dump_model(self.channel, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.version is not UNSET and not omit_read_only:
            d["version"] = self.version
        if self.field_links is not UNSET:
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
            _inline_hook_channel.InlineHookChannel.from_dict(v)
            if (v := d.pop("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_channel.InlineHookChannel, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(InlineHookStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(InlineHookType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.version = d.pop("version", UNSET)
        obj.field_links = (
            _inline_hook_links_create.InlineHookLinksCreate.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_links_create.InlineHookLinksCreate, v)
        )
        obj.additional_properties = d
        return obj
