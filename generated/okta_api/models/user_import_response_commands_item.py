from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_import_response_commands_item_value as _user_import_response_commands_item_value
from .user_import_response_commands_item_type import UserImportResponseCommandsItemType

if TYPE_CHECKING:
    from typing import Self

    from .user_import_response_commands_item_value import UserImportResponseCommandsItemValue


_parse_type_ = _convert.enum_parser(UserImportResponseCommandsItemType)


def _parse_value(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_response_commands_item_value.UserImportResponseCommandsItemValue.from_json(v)
            if lazy
            else _user_import_response_commands_item_value.UserImportResponseCommandsItemValue.from_dict(v)
        )
    return _convert.parse_model(_user_import_response_commands_item_value.UserImportResponseCommandsItemValue, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "type_": ("type", _parse_type_),
        "value": ("value", _parse_value),
    }

    type_: UserImportResponseCommandsItemType | None = _attrs_field(init=False)
    value: UserImportResponseCommandsItemValue | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: UserImportResponseCommandsItemType | None | Unset = UNSET,
        value: UserImportResponseCommandsItemValue | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = _parse_value(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
