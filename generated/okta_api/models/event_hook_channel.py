from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_channel_config as _event_hook_channel_config
from .event_hook_channel_type import EventHookChannelType

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_channel_config import EventHookChannelConfig


@_attrs_define(kw_only=True)
class EventHookChannel(OktaModel):
    """An Okta `EventHookChannel`.

    Attributes:
        config: EventHookChannelConfig
        type_ (`type`): The channel type. Currently supports `HTTP`.
        version: Version of the channel. Currently the only supported version is `1.0.0`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "config": "config",
        "type": "type_",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "config": "model",
        "type_": "enum",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "config": lambda d: (
            _event_hook_channel_config.EventHookChannelConfig.from_json(v)
            if (v := d.get("config", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel_config.EventHookChannelConfig, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(EventHookChannelType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "version": "version",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookChannel._json_names),
    }

    config: EventHookChannelConfig | None | Unset
    type_: EventHookChannelType | None | Unset
    version: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.config is not UNSET:
            d["config"] = _convert.dump_model(self.config, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.version is not UNSET:
            d["version"] = self.version
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.config = (
            _event_hook_channel_config.EventHookChannelConfig.from_dict(v)
            if (v := d.pop("config", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel_config.EventHookChannelConfig, v)
        )
        obj.type_ = _convert.parse_enum(EventHookChannelType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.version = d.pop("version", UNSET)
        obj.additional_properties = d
        return obj
