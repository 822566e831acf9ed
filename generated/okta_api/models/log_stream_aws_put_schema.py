from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import log_stream_settings_aws as _log_stream_settings_aws
from .log_stream_put_schema import LogStreamPutSchema
from .log_stream_type import LogStreamType

if TYPE_CHECKING:
    from typing import Self

    from .log_stream_settings_aws import LogStreamSettingsAws


@_attrs_define(kw_only=True)
class LogStreamAwsPutSchema(LogStreamPutSchema):
    """An Okta `LogStreamAwsPutSchema`.

    Attributes:
        name: Unique name for the log stream object
        type_ (`type`): Specifies the streaming provider used

            Supported providers:
              * `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge))
              * `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html))

            Select the provider type to see provider-specific configurations in the `settings`
            property:
        settings: Specifies the configuration for the `aws_eventbridge` log stream type. This configuration
            can't be modified after creation.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "type_": lambda d: _convert.parse_enum(LogStreamType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "settings": lambda d: (
            _log_stream_settings_aws.LogStreamSettingsAws.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_settings_aws.LogStreamSettingsAws, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogStreamAwsPutSchema._json_names),
    }

    name: str | None | Unset
    settings: LogStreamSettingsAws | None | Unset
    type_: LogStreamType | None | Unset = LogStreamType("aws_eventbridge")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.type_ = _convert.parse_enum(LogStreamType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.settings = (
            _log_stream_settings_aws.LogStreamSettingsAws.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_settings_aws.LogStreamSettingsAws, v)
        )
        obj.additional_properties = d
        return obj
