from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .channel_binding_style import ChannelBindingStyle
from .required_enum import RequiredEnum

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ChannelBinding(OktaModel):
    """An Okta `ChannelBinding`.

    Attributes:
        required: RequiredEnum
        style: ChannelBindingStyle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "required": "required",
        "style": "style",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "required": "enum",
        "style": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "required": lambda d: (
            _convert.parse_enum(RequiredEnum, v) if (v := d.get("required", UNSET)).__class__ is str else v
        ),
        "style": lambda d: (
            _convert.parse_enum(ChannelBindingStyle, v) if (v := d.get("style", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ChannelBinding._json_names),
    }

    required: RequiredEnum | None | Unset = UNSET
    style: ChannelBindingStyle | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.required is not UNSET:
            d["required"] = self.required
        if self.style is not UNSET:
            d["style"] = self.style
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.required = _convert.parse_enum(RequiredEnum, v) if (v := d.pop("required", UNSET)).__class__ is str else v
        obj.style = _convert.parse_enum(ChannelBindingStyle, v) if (v := d.pop("style", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
