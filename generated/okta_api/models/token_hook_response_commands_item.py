from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import token_hook_response_commands_item_value_item as _token_hook_response_commands_item_value_item

if TYPE_CHECKING:
    from typing import Self

    from .token_hook_response_commands_item_value_item import TokenHookResponseCommandsItemValueItem


@_attrs_define(kw_only=True)
class TokenHookResponseCommandsItem(OktaModel):
    """An Okta `TokenHookResponseCommandsItem`.

    Attributes:
        type_ (`type`): One of the supported commands:
              `com.okta.identity.patch`: Modify an ID token
              `com.okta.access.patch`: Modify an access token
            > **Note:** The `commands` array should only contain commands that can be applied to the
            requested tokens. For example, if only an ID token is requested, the `commands` array
            shouldn't contain commands of the type `com.okta.access.patch`.
        value: The `value` object is where you specify the operation to perform. It's an array, which
            allows you to request more than one operation.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "str",
        "value": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": "type",
        "value": lambda d: _convert.parse_model_list(
            _token_hook_response_commands_item_value_item.TokenHookResponseCommandsItemValueItem.from_json,
            d.get("value", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenHookResponseCommandsItem._json_names),
    }

    type_: str | None | Unset = UNSET
    value: list[TokenHookResponseCommandsItemValueItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = _convert.dump_model_list(self.value, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = d.pop("type", UNSET)
        obj.value = _convert.parse_model_list(
            _token_hook_response_commands_item_value_item.TokenHookResponseCommandsItemValueItem.from_dict,
            d.pop("value", UNSET),
        )
        obj.additional_properties = d
        return obj
