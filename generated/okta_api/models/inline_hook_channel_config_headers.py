from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class InlineHookChannelConfigHeaders(OktaModel):
    """An Okta `InlineHookChannelConfigHeaders`.

    Attributes:
        key: The optional field or header name
        value: The value for the key
    """

    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key": "str",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key": "key",
        "value": "value",
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookChannelConfigHeaders._json_names),
    }

    key: str | None | Unset = UNSET
    value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key is not UNSET:
            d["key"] = self.key
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key = d.pop("key", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.additional_properties = d
        return obj
