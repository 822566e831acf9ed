from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .import_username_object_username_format import ImportUsernameObjectUsernameFormat

if TYPE_CHECKING:
    from typing import Self


_parse_username_format = _convert.enum_parser(ImportUsernameObjectUsernameFormat)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "username_format": ("usernameFormat", _parse_username_format),
        "user_name_expression": ("userNameExpression", None),
    }

    username_format: ImportUsernameObjectUsernameFormat | None = _attrs_field(init=False)
    user_name_expression: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        username_format: ImportUsernameObjectUsernameFormat | None | Unset,
        user_name_expression: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if username_format is not UNSET:
            _set_field(self, "username_format", username_format)
        if user_name_expression is not UNSET:
            _set_field(self, "user_name_expression", user_name_expression)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("username_format", UNSET)) is not UNSET:
            d["usernameFormat"] = v
        if (v := values.get("user_name_expression", UNSET)) is not UNSET:
            d["userNameExpression"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("usernameFormat", UNSET)) is not UNSET:
            obj.username_format = _parse_username_format(v, False)
        if (v := d.pop("userNameExpression", UNSET)) is not UNSET:
            obj.user_name_expression = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
