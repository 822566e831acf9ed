from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import inline_hook_channel_create as _inline_hook_channel_create
from .inline_hook_type import InlineHookType

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_channel_create import InlineHookChannelCreate


@_attrs_define(kw_only=True)
class InlineHookCreate(OktaModel):
    """An inline hook object that specifies the details of the inline hook

    Attributes:
        channel: InlineHookChannelCreate
        name: The display name of the inline hook
        type_ (`type`): One of the inline hook types
        version: Version of the inline hook type. The currently supported version is `1.0.0`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "name": "name",
        "type": "type_",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "channel": "model",
        "name": "str",
        "type_": "enum",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "channel": lambda d: (
            _inline_hook_channel_create.InlineHookChannelCreate.from_json(v)
            if (v := d.get("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_channel_create.InlineHookChannelCreate, v)
        ),
        "name": "name",
        "type_": lambda d: (
            _convert.parse_enum(InlineHookType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "version": "version",
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookCreate._json_names),
    }

    channel: InlineHookChannelCreate | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: InlineHookType | None | Unset = UNSET
    version: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.channel is not UNSET:
            d["channel"] = _convert.dump_model(self.channel, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
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
        obj.channel = (
            _inline_hook_channel_create.InlineHookChannelCreate.from_dict(v)
            if (v := d.pop("channel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_channel_create.InlineHookChannelCreate, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.type_ = _convert.parse_enum(InlineHookType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.version = d.pop("version", UNSET)
        obj.additional_properties = d
        return obj
