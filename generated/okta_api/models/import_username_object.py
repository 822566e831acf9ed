from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .import_username_object_username_format import ImportUsernameObjectUsernameFormat

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ImportUsernameObject(OktaModel):
    """Determines the Okta username for the imported user

    Attributes:
        username_format (`usernameFormat`): Determines the username format when users sign in to Okta
        user_name_expression (`userNameExpression`): For `usernameFormat=CUSTOM`, specifies the Okta Expression Language statement for a
            username format that imported users use to sign in to Okta
    """

    _json_names: ClassVar[dict[str, str]] = {
        "usernameFormat": "username_format",
        "userNameExpression": "user_name_expression",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "username_format": "enum",
        "user_name_expression": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "username_format": lambda d: (
            _convert.parse_enum(ImportUsernameObjectUsernameFormat, v)
            if (v := d.get("usernameFormat", UNSET)).__class__ is str
            else v
        ),
        "user_name_expression": "userNameExpression",
        "additional_properties": lambda d: _convert.undeclared(d, ImportUsernameObject._json_names),
    }

    username_format: ImportUsernameObjectUsernameFormat | None | Unset
    user_name_expression: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.username_format is not UNSET:
            d["usernameFormat"] = self.username_format
        if self.user_name_expression is not UNSET:
            d["userNameExpression"] = self.user_name_expression
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.username_format = (
            _convert.parse_enum(ImportUsernameObjectUsernameFormat, v)
            if (v := d.pop("usernameFormat", UNSET)).__class__ is str
            else v
        )
        obj.user_name_expression = d.pop("userNameExpression", UNSET)
        obj.additional_properties = d
        return obj
