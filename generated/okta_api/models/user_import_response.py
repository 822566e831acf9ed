from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_import_response_commands_item as _user_import_response_commands_item
from . import user_import_response_error as _user_import_response_error

if TYPE_CHECKING:
    from typing import Self

    from .user_import_response_commands_item import UserImportResponseCommandsItem
    from .user_import_response_error import UserImportResponseError


def _parse_commands(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_import_response_commands_item.UserImportResponseCommandsItem.from_json
        if lazy
        else _user_import_response_commands_item.UserImportResponseCommandsItem.from_dict,
        v,
    )


def _parse_error(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_response_error.UserImportResponseError.from_json(v)
            if lazy
            else _user_import_response_error.UserImportResponseError.from_dict(v)
        )
    return _convert.parse_model(_user_import_response_error.UserImportResponseError, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserImportResponse(OktaModel):
    """An Okta `UserImportResponse`.

    Attributes:
        commands: The `commands` object is where you can provide commands to Okta. It is an array that
            allows you to send multiple commands.
            Each array element needs to consist of a type-value pair.
        error: An object to return an error. Returning an error causes Okta to record a failure event in
            the Okta System Log.
            The string supplied in the `errorSummary` property is recorded in the System Log event.

            >**Note:** If a response to an import inline hook request is not received from your
            external service within three seconds, a timeout occurs. In this scenario, the Okta import
            process continues and the user is created.
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

    commands: list[UserImportResponseCommandsItem] | None = _attrs_field(init=False)
    error: UserImportResponseError | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        commands: list[UserImportResponseCommandsItem] | None | Unset = UNSET,
        error: UserImportResponseError | None | Unset = UNSET,
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
