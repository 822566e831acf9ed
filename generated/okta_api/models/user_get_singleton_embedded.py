from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_block as _user_block

if TYPE_CHECKING:
    from typing import Self

    from .user_block import UserBlock


@_attrs_define(kw_only=True)
class UserGetSingletonEmbedded(OktaModel):
    """The embedded resources related to the object if the `expand` query parameter is specified

    Attributes:
        blocks: A list of access block details for the user account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "blocks": "blocks",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "blocks": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "blocks": lambda d: _convert.parse_model_list(_user_block.UserBlock.from_json, d.get("blocks", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, UserGetSingletonEmbedded._json_names),
    }

    blocks: list[UserBlock] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.blocks is not UNSET:
            d["blocks"] = _convert.dump_model_list(self.blocks, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.blocks = _convert.parse_model_list(_user_block.UserBlock.from_dict, d.pop("blocks", UNSET))
        obj.additional_properties = d
        return obj
