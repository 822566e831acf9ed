from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import inline_hook_channel_create as _inline_hook_channel_create
from .inline_hook_type import InlineHookType

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_channel_create import InlineHookChannelCreate


def _parse_channel(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inline_hook_channel_create.InlineHookChannelCreate.from_json(v)
            if lazy
            else _inline_hook_channel_create.InlineHookChannelCreate.from_dict(v)
        )
    return _convert.parse_model(_inline_hook_channel_create.InlineHookChannelCreate, v)


_parse_type_ = _convert.enum_parser(InlineHookType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "channel": ("channel", _parse_channel),
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "version": ("version", None),
    }

    channel: InlineHookChannelCreate | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    type_: InlineHookType | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        channel: InlineHookChannelCreate | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: InlineHookType | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if channel is not UNSET:
            _set_field(self, "channel", channel)
        if name is not UNSET:
            _set_field(self, "name", name)
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
        if (v := values.get("channel", UNSET)) is not UNSET:
            d["channel"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
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
        if (v := d.pop("channel", UNSET)) is not UNSET:
            obj.channel = _parse_channel(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
