from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_block_applies_to import UserBlockAppliesTo
from .user_block_type import UserBlockType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserBlock(OktaModel):
    """Describes how the account is blocked from access. If `appliesTo` is `ANY_DEVICES`, then the account
    is blocked for all devices. If `appliesTo` is `UNKNOWN_DEVICES`, then the account is only blocked
    for unknown devices.

    Attributes:
        applies_to (`appliesTo`, read-only, never sent): The devices that the block applies to
        type_ (`type`, read-only, never sent): Type of access block
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appliesTo": "applies_to",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "applies_to": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "applies_to": lambda d: (
            _convert.parse_enum(UserBlockAppliesTo, v) if (v := d.get("appliesTo", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: _convert.parse_enum(UserBlockType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, UserBlock._json_names),
    }

    applies_to: UserBlockAppliesTo | None | Unset = UNSET
    type_: UserBlockType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.applies_to is not UNSET and not omit_read_only:
            d["appliesTo"] = self.applies_to
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.applies_to = (
            _convert.parse_enum(UserBlockAppliesTo, v) if (v := d.pop("appliesTo", UNSET)).__class__ is str else v
        )
        obj.type_ = _convert.parse_enum(UserBlockType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
