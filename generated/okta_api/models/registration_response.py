from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import registration_response_commands_item as _registration_response_commands_item
from . import registration_response_error as _registration_response_error

if TYPE_CHECKING:
    from typing import Self

    from .registration_response_commands_item import RegistrationResponseCommandsItem
    from .registration_response_error import RegistrationResponseError


def _parse_commands(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _registration_response_commands_item.RegistrationResponseCommandsItem.from_json
        if lazy
        else _registration_response_commands_item.RegistrationResponseCommandsItem.from_dict,
        v,
    )


def _parse_error(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _registration_response_error.RegistrationResponseError.from_json(v)
            if lazy
            else _registration_response_error.RegistrationResponseError.from_dict(v)
        )
    return _convert.parse_model(_registration_response_error.RegistrationResponseError, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationResponse(OktaModel):
    """An Okta `RegistrationResponse`.

    Attributes:
        commands: The `commands` object lets you invoke commands to modify or add values to the attributes
            in the Okta user profile that are created for this user. The object also lets you control
            whether or not the registration attempt is allowed to proceed.

            This object is an array, allowing you to send multiple commands in your response. Each
            array element requires a `type` property and a `value` property. The `type` property is
            where you specify which of the supported commands you wish to execute, and `value` is
            where you supply parameters for that command.

            The registration inline hook supports these three commands:
            * `com.okta.user.profile.update`: Change attribute values in the user's Okta user profile.
            For SSR only. Invalid if used with a Progressive Profile response.
            * `com.okta.action.update`: Allow or deny the user's registration.
            * `com.okta.user.progressive.profile.update`: Change attribute values in the user's Okta
            Progressive Profile.
        error (`Error`): For the registration inline hook, the `error` object provides a way of displaying an error
            message to the end user who is trying to register or update their profile.

            * If you're using the Okta Sign-In Widget for Profile Enrollment, only the `errorSummary`
            messages of the `errorCauses` objects that your external service returns appear as inline
            errors, given the following:
              * You don't customize the error handling behavior of the widget.
              * The `location` of `errorSummary` in the `errorCauses` object specifies the request
            object's user profile attribute.
            * If you don't return a value for the `errorCauses` object, and deny the user's
            registration attempt through the `commands` object in your response to Okta, one of the
            following generic messages appears to the end user:
              * "Registration cannot be completed at this time." (SSR)
              * "We found some errors. Please review the form and make corrections." (Progressive
            Enrollment)
            * If you don't return an `error` object at all and the registration is denied, the
            following generic message appears to the end user:
              * "Registration denied." (SSR)
              * "Profile update denied." (Progressive Enrollment)

            >**Note:** If you include an error object in your response, no commands are executed and
            the registration fails. This holds true even if the top-level `errorSummary` and the
            `errorCauses` objects are omitted.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "commands": "commands",
        "Error": "error",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "commands": "list:model",
        "error": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "commands": ("commands", _parse_commands),
        "error": ("Error", _parse_error),
    }

    commands: list[RegistrationResponseCommandsItem] | None = _attrs_field(init=False)
    error: RegistrationResponseError | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        commands: list[RegistrationResponseCommandsItem] | None | Unset = UNSET,
        error: RegistrationResponseError | None | Unset = UNSET,
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
            d["Error"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("Error", UNSET)) is not UNSET:
            obj.error = _parse_error(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
