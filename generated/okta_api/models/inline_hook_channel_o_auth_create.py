from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import inline_hook_o_auth_channel_config_create as _inline_hook_o_auth_channel_config_create
from .inline_hook_channel_create import InlineHookChannelCreate
from .inline_hook_channel_type import InlineHookChannelType

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_o_auth_channel_config_create import InlineHookOAuthChannelConfigCreate


@_attrs_define(kw_only=True)
class InlineHookChannelOAuthCreate(InlineHookChannelCreate):
    """An Okta `InlineHookChannelOAuthCreate`.

    Attributes:
        type_ (`type`): InlineHookChannelType
        version: Version of the inline hook type. The currently supported version is `1.0.0`.
        config: InlineHookOAuthChannelConfigCreate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "version": "version",
        "config": "config",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "version": "str",
        "config": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(InlineHookChannelType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "version": "version",
        "config": lambda d: (
            _inline_hook_o_auth_channel_config_create.InlineHookOAuthChannelConfigCreate.from_json(v)
            if (v := d.get("config", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_o_auth_channel_config_create.InlineHookOAuthChannelConfigCreate, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookChannelOAuthCreate._json_names),
    }

    type_: InlineHookChannelType | None | Unset = InlineHookChannelType("OAUTH")
    version: str | None | Unset = UNSET
    config: InlineHookOAuthChannelConfigCreate | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.version is not UNSET:
            d["version"] = self.version
        if self.config is not UNSET:
            d["config"] = _convert.dump_model(self.config, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = _convert.parse_enum(InlineHookChannelType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.version = d.pop("version", UNSET)
        obj.config = (
            _inline_hook_o_auth_channel_config_create.InlineHookOAuthChannelConfigCreate.from_dict(v)
            if (v := d.pop("config", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_o_auth_channel_config_create.InlineHookOAuthChannelConfigCreate, v)
        )
        obj.additional_properties = d
        return obj
