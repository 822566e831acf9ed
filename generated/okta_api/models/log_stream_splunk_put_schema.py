from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import log_stream_settings_splunk_put as _log_stream_settings_splunk_put
from .log_stream_put_schema import LogStreamPutSchema
from .log_stream_type import LogStreamType

if TYPE_CHECKING:
    from typing import Self

    from .log_stream_settings_splunk_put import LogStreamSettingsSplunkPut


_parse_type_ = _convert.enum_parser(LogStreamType)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_settings_splunk_put.LogStreamSettingsSplunkPut.from_json(v)
            if lazy
            else _log_stream_settings_splunk_put.LogStreamSettingsSplunkPut.from_dict(v)
        )
    return _convert.parse_model(_log_stream_settings_splunk_put.LogStreamSettingsSplunkPut, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogStreamSplunkPutSchema(LogStreamPutSchema):
    """An Okta `LogStreamSplunkPutSchema`.

    Attributes:
        name: Unique name for the log stream object
        type_ (`type`): Specifies the streaming provider used

            Supported providers:
              * `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge))
              * `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html))

            Select the provider type to see provider-specific configurations in the `settings`
            property:
        settings: Specifies the configuration for the `splunk_cloud_logstreaming` log stream type.
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
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "settings": ("settings", _parse_settings),
    }

    name: str | None = _attrs_field(init=False)
    type_: LogStreamType | None = _attrs_field(init=False)
    settings: LogStreamSettingsSplunkPut | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        settings: LogStreamSettingsSplunkPut | None | Unset,
        type_: LogStreamType | None | Unset = LogStreamType("splunk_cloud_logstreaming"),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
