from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_import_response_commands_item_value as _password_import_response_commands_item_value

if TYPE_CHECKING:
    from typing import Self

    from .password_import_response_commands_item_value import PasswordImportResponseCommandsItemValue


@_attrs_define(kw_only=True)
class PasswordImportResponseCommandsItem(OktaModel):
    """An Okta `PasswordImportResponseCommandsItem`.

    Attributes:
        type_ (`type`): The location where you specify the command. For the password import inline hook, there's
            only one command, `com.okta.action.update`.
        value: The parameter value of the command.
            * To indicate that the supplied credentials are valid, supply a type property set to
            `com.okta.action.update` together with a value property set to `{"credential":
            "VERIFIED"}`.
            * To indicate that the supplied credentials are invalid, supply a type property set to
            `com.okta.action.update` together with a value property set to `{"credential":
            "UNVERIFIED"}`.
            Alternatively, you can send an empty response (`204`). By default, the
            `data.action.credential` is always set to `UNVERIFIED`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "any",
        "value": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": "type",
        "value": lambda d: (
            _password_import_response_commands_item_value.PasswordImportResponseCommandsItemValue.from_json(v)
            if (v := d.get("value", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_import_response_commands_item_value.PasswordImportResponseCommandsItemValue, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordImportResponseCommandsItem._json_names),
    }

    type_: Any | None | Unset = UNSET
    value: PasswordImportResponseCommandsItemValue | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = _convert.dump_model(self.value, omit_read_only)
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
        obj.value = (
            _password_import_response_commands_item_value.PasswordImportResponseCommandsItemValue.from_dict(v)
            if (v := d.pop("value", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_import_response_commands_item_value.PasswordImportResponseCommandsItemValue, v
            )
        )
        obj.additional_properties = d
        return obj
