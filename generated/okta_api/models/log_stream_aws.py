from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import log_stream_links_self_and_lifecycle as _log_stream_links_self_and_lifecycle
from . import log_stream_settings_aws as _log_stream_settings_aws
from .log_stream import LogStream
from .log_stream_status import LogStreamStatus
from .log_stream_type import LogStreamType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .log_stream_links_self_and_lifecycle import LogStreamLinksSelfAndLifecycle
    from .log_stream_settings_aws import LogStreamSettingsAws


_parse_status = _convert.enum_parser(LogStreamStatus)

_parse_type_ = _convert.enum_parser(LogStreamType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle.from_json(v)
            if lazy
            else _log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_settings_aws.LogStreamSettingsAws.from_json(v)
            if lazy
            else _log_stream_settings_aws.LogStreamSettingsAws.from_dict(v)
        )
    return _convert.parse_model(_log_stream_settings_aws.LogStreamSettingsAws, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogStreamAws(LogStream):
    """An Okta `LogStreamAws`.

    Attributes:
        created (read-only, never sent): Timestamp when the log stream object was created
        id (read-only, never sent): Unique identifier for the log stream
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the log stream object was last updated
        name: Unique name for the log stream object
        status (read-only, never sent): LogStreamStatus
        type_ (`type`): Specifies the streaming provider used

            Supported providers:
              * `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge))
              * `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html))

            Select the provider type to see provider-specific configurations in the `settings`
            property:
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        settings: Specifies the configuration for the `aws_eventbridge` log stream type. This configuration
            can't be modified after creation.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
        "settings": ("settings", _parse_settings),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: LogStreamStatus | None = _attrs_field(init=False)
    type_: LogStreamType | None = _attrs_field(init=False)
    field_links: LogStreamLinksSelfAndLifecycle | None = _attrs_field(init=False)
    settings: LogStreamSettingsAws | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset,
        id: str | None | Unset,
        last_updated: datetime.datetime | None | Unset,
        name: str | None | Unset,
        status: LogStreamStatus | None | Unset,
        field_links: LogStreamLinksSelfAndLifecycle | None | Unset,
        settings: LogStreamSettingsAws | None | Unset,
        type_: LogStreamType | None | Unset = LogStreamType("aws_eventbridge"),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
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
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
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
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
