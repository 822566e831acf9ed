from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_channel(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inline_hook_channel.InlineHookChannel.from_json(v)
            if lazy
            else _inline_hook_channel.InlineHookChannel.from_dict(v)
        )
    return _convert.parse_model(_inline_hook_channel.InlineHookChannel, v)


_parse_status = _convert.enum_parser(InlineHookStatus)

_parse_type_ = _convert.enum_parser(InlineHookType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inline_hook_links_create.InlineHookLinksCreate.from_json(v)
            if lazy
            else _inline_hook_links_create.InlineHookLinksCreate.from_dict(v)
        )
    return _convert.parse_model(_inline_hook_links_create.InlineHookLinksCreate, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "channel": ("channel", _parse_channel),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "version": ("version", None),
        "field_links": ("_links", _parse_field_links),
    }

    channel: InlineHookChannel | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: InlineHookStatus | None = _attrs_field(init=False)
    type_: InlineHookType | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)
    field_links: InlineHookLinksCreate | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        channel: InlineHookChannel | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: InlineHookStatus | None | Unset = UNSET,
        type_: InlineHookType | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        field_links: InlineHookLinksCreate | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if channel is not UNSET:
            _set_field(self, "channel", channel)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if version is not UNSET:
            _set_field(self, "version", version)
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
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("version", UNSET)) is not UNSET and not omit_read_only:
            d["version"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
