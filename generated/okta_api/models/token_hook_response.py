from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import token_hook_response_commands_item as _token_hook_response_commands_item
from . import token_hook_response_error as _token_hook_response_error

if TYPE_CHECKING:
    from typing import Self

    from .token_hook_response_commands_item import TokenHookResponseCommandsItem
    from .token_hook_response_error import TokenHookResponseError


def _parse_commands(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _token_hook_response_commands_item.TokenHookResponseCommandsItem.from_json
        if lazy
        else _token_hook_response_commands_item.TokenHookResponseCommandsItem.from_dict,
        v,
    )


def _parse_error(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_hook_response_error.TokenHookResponseError.from_json(v)
            if lazy
            else _token_hook_response_error.TokenHookResponseError.from_dict(v)
        )
    return _convert.parse_model(_token_hook_response_error.TokenHookResponseError, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenHookResponse(OktaModel):
    """For the token inline hook, the `commands` and `error` objects that you can return in the JSON
    payload of your response are defined in the following sections.
    > **Note:** The size of your response payload must be less than 256 KB.

    Attributes:
        commands: You can use the `commands` object to provide commands to Okta. It's where you can tell
            Okta to add more claims to the token.
            The `commands` object is an array, allowing you to send multiple commands. In each array
            element, there needs to be a `type` property and `value` property. The `type` property is
            where you specify which of the supported commands you want to execute, and `value` is
            where you supply an operand for that command.
            In the case of the token hook type, the `value` property is itself a nested object in
            which you specify a particular operation, a path to act on, and a value.
        error: When an error object is returned, it causes Okta to return an OAuth 2.0 error to the
            requester of the token. In the error response, the value of `error` is `server_error`, and
            the value of `error_description` is the string that you supplied in the `errorSummary`
            property of the `error` object that you returned.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "commands": "commands",
        "error": "error",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "commands": "list:model",
        "error": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "commands": ("commands", _parse_commands),
        "error": ("error", _parse_error),
    }

    commands: list[TokenHookResponseCommandsItem] | None = _attrs_field(init=False)
    error: TokenHookResponseError | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        commands: list[TokenHookResponseCommandsItem] | None | Unset = UNSET,
        error: TokenHookResponseError | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if commands is not UNSET:
            _set_field(self, "commands", commands)
        if error is not UNSET:
            _set_field(self, "error", error)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("commands", UNSET)) is not UNSET:
            d["commands"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("error", UNSET)) is not UNSET:
            d["error"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("commands", UNSET)) is not UNSET:
            obj.commands = _parse_commands(v, False)
        if (v := d.pop("error", UNSET)) is not UNSET:
            obj.error = _parse_error(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
