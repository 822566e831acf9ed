from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import registration_response_commands_item as _registration_response_commands_item
from . import registration_response_error as _registration_response_error

if TYPE_CHECKING:
    from typing import Self

    from .registration_response_commands_item import RegistrationResponseCommandsItem
    from .registration_response_error import RegistrationResponseError


@_attrs_define(kw_only=True)
class RegistrationResponse(OktaModel):
    """An Okta `RegistrationResponse`.

    Attributes:
        commands (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d61fd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d62790>
        error (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d627d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d63950>
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
        "commands": lambda d: _convert.parse_model_list(
            _registration_response_commands_item.RegistrationResponseCommandsItem.from_json, d.get("commands", UNSET)
        ),
        "error": lambda d: (
            _registration_response_error.RegistrationResponseError.from_json(v)
            if (v := d.get("Error", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_registration_response_error.RegistrationResponseError, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RegistrationResponse._json_names),
    }

    commands: list[RegistrationResponseCommandsItem] | None | Unset = UNSET
    error: RegistrationResponseError | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.commands is not UNSET:
            d["commands"] = _convert.dump_model_list(self.commands, omit_read_only)
        if self.error is not UNSET:
            d["Error"] = _convert.dump_model(self.error, omit_read_only)
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
            _registration_response_commands_item.RegistrationResponseCommandsItem.from_dict, d.pop("commands", UNSET)
        )
        obj.error = (
            _registration_response_error.RegistrationResponseError.from_dict(v)
            if (v := d.pop("Error", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_registration_response_error.RegistrationResponseError, v)
        )
        obj.additional_properties = d
        return obj
