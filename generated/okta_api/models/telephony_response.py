from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import telephony_response_commands_item as _telephony_response_commands_item

if TYPE_CHECKING:
    from typing import Self

    from .telephony_response_commands_item import TelephonyResponseCommandsItem


@_attrs_define(kw_only=True)
class TelephonyResponse(OktaModel):
    """Telephony inline hook response

    Attributes:
        commands: The `commands` object specifies whether Okta accepts the end user's sign-in credentials as
            valid or not. For the telephony inline hook, you typically only return one `commands`
            object with one array element in it.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "commands": "commands",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "commands": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "commands": lambda d: _convert.parse_model_list(
            _telephony_response_commands_item.TelephonyResponseCommandsItem.from_json, d.get("commands", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TelephonyResponse._json_names),
    }

    commands: list[TelephonyResponseCommandsItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.commands is not UNSET:
            d["commands"] = _convert.dump_model_list(self.commands, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.commands = _convert.parse_model_list(
            _telephony_response_commands_item.TelephonyResponseCommandsItem.from_dict, d.pop("commands", UNSET)
        )
        obj.additional_properties = d
        return obj
