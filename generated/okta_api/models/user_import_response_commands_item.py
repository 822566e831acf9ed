from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_import_response_commands_item_value as _user_import_response_commands_item_value
from .user_import_response_commands_item_type import UserImportResponseCommandsItemType

if TYPE_CHECKING:
    from typing import Self

    from .user_import_response_commands_item_value import UserImportResponseCommandsItemValue


@_attrs_define(kw_only=True)
class UserImportResponseCommandsItem(OktaModel):
    """An Okta `UserImportResponseCommandsItem`.

    Attributes:
        type_ (`type`): The command types supported for the import inline hook.
            When using the `com.okta.action.update` command to specify that the user should be treated
            as a match, you need to also provide a `com.okta.user.update` command that sets the ID of
            the Okta user.
        value: The `value` object is the parameter to pass to the command. In the case of the
            `com.okta.appUser.profile.update` and `com.okta.user.profile.update` commands,
            the parameter should be a list of one or more profile attributes and the values you wish
            to set them to. In the case of the `com.okta.action.update` command,
            the parameter should be a `result` property set to either `CREATE_USER` or `LINK_USER`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "value": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(UserImportResponseCommandsItemType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "value": lambda d: (
            _user_import_response_commands_item_value.UserImportResponseCommandsItemValue.from_json(v)
            if (v := d.get("value", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_response_commands_item_value.UserImportResponseCommandsItemValue, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserImportResponseCommandsItem._json_names),
    }

    type_: UserImportResponseCommandsItemType | None | Unset = UNSET
    value: UserImportResponseCommandsItemValue | None | Unset = UNSET

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
        obj.type_ = (
            _convert.parse_enum(UserImportResponseCommandsItemType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.value = (
            _user_import_response_commands_item_value.UserImportResponseCommandsItemValue.from_dict(v)
            if (v := d.pop("value", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_response_commands_item_value.UserImportResponseCommandsItemValue, v)
        )
        obj.additional_properties = d
        return obj
