from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import event_hook_channel_config as _event_hook_channel_config
from .event_hook_channel_type import EventHookChannelType

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_channel_config import EventHookChannelConfig


def _parse_config(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _event_hook_channel_config.EventHookChannelConfig.from_json(v)
            if lazy
            else _event_hook_channel_config.EventHookChannelConfig.from_dict(v)
        )
    return _convert.parse_model(_event_hook_channel_config.EventHookChannelConfig, v)


_parse_type_ = _convert.enum_parser(EventHookChannelType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "config": ("config", _parse_config),
        "type_": ("type", _parse_type_),
        "version": ("version", None),
    }

    config: EventHookChannelConfig | None = _attrs_field(init=False)
    type_: EventHookChannelType | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        config: EventHookChannelConfig | None | Unset,
        type_: EventHookChannelType | None | Unset,
        version: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if config is not UNSET:
            _set_field(self, "config", config)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("config", UNSET)) is not UNSET:
            d["config"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("config", UNSET)) is not UNSET:
            obj.config = _parse_config(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
