from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_stream_links_self_and_lifecycle as _log_stream_links_self_and_lifecycle
from .log_stream_status import LogStreamStatus
from .log_stream_type import LogStreamType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .log_stream_links_self_and_lifecycle import LogStreamLinksSelfAndLifecycle


@_attrs_define(kw_only=True)
class LogStream(OktaModel):
    """An Okta `LogStream`.

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
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(LogStreamStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: _convert.parse_enum(LogStreamType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "field_links": lambda d: (
            _log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogStream._json_names),
    }
    _discriminator: ClassVar[str] = "type"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "aws_eventbridge": ("log_stream_aws", "LogStreamAws"),
        "splunk_cloud_logstreaming": ("log_stream_splunk", "LogStreamSplunk"),
    }

    created: datetime.datetime | None | Unset
    id: str | None | Unset
    last_updated: datetime.datetime | None | Unset
    name: str | None | Unset
    status: LogStreamStatus | None | Unset
    type_: LogStreamType | None | Unset
    field_links: LogStreamLinksSelfAndLifecycle | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is LogStream:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(LogStreamStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(LogStreamType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_links_self_and_lifecycle.LogStreamLinksSelfAndLifecycle, v)
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is LogStream and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
