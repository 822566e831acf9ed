from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SecurePasswordStoreApplicationSettingsApplication(OktaModel):
    """An Okta `SecurePasswordStoreApplicationSettingsApplication`.

    Attributes:
        password_field (`passwordField`): CSS selector for the **Password** field in the sign-in form
        url: The URL of the sign-in page for this app
        username_field (`usernameField`): CSS selector for the **Username** field in the sign-in form
        optional_field_1 (`optionalField1`): Name of the optional parameter in the sign-in form
        optional_field_1_value (`optionalField1Value`): Name of the optional value in the sign-in form
        optional_field_2 (`optionalField2`): Name of the optional parameter in the sign-in form
        optional_field_2_value (`optionalField2Value`): Name of the optional value in the sign-in form
        optional_field_3 (`optionalField3`): Name of the optional parameter in the sign-in form
        optional_field_3_value (`optionalField3Value`): Name of the optional value in the sign-in form
    """

    _json_names: ClassVar[dict[str, str]] = {
        "passwordField": "password_field",
        "url": "url",
        "usernameField": "username_field",
        "optionalField1": "optional_field_1",
        "optionalField1Value": "optional_field_1_value",
        "optionalField2": "optional_field_2",
        "optionalField2Value": "optional_field_2_value",
        "optionalField3": "optional_field_3",
        "optionalField3Value": "optional_field_3_value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password_field": "str",
        "url": "str",
        "username_field": "str",
        "optional_field_1": "str",
        "optional_field_1_value": "str",
        "optional_field_2": "str",
        "optional_field_2_value": "str",
        "optional_field_3": "str",
        "optional_field_3_value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password_field": "passwordField",
        "url": "url",
        "username_field": "usernameField",
        "optional_field_1": "optionalField1",
        "optional_field_1_value": "optionalField1Value",
        "optional_field_2": "optionalField2",
        "optional_field_2_value": "optionalField2Value",
        "optional_field_3": "optionalField3",
        "optional_field_3_value": "optionalField3Value",
        "additional_properties": lambda d: _convert.undeclared(
            d, SecurePasswordStoreApplicationSettingsApplication._json_names
        ),
    }

    password_field: str | None | Unset
    url: str | None | Unset
    username_field: str | None | Unset
    optional_field_1: str | None | Unset = UNSET
    optional_field_1_value: str | None | Unset = UNSET
    optional_field_2: str | None | Unset = UNSET
    optional_field_2_value: str | None | Unset = UNSET
    optional_field_3: str | None | Unset = UNSET
    optional_field_3_value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password_field is not UNSET:
            d["passwordField"] = self.password_field
        if self.url is not UNSET:
            d["url"] = self.url
        if self.username_field is not UNSET:
            d["usernameField"] = self.username_field
        if self.optional_field_1 is not UNSET:
            d["optionalField1"] = self.optional_field_1
        if self.optional_field_1_value is not UNSET:
            d["optionalField1Value"] = self.optional_field_1_value
        if self.optional_field_2 is not UNSET:
            d["optionalField2"] = self.optional_field_2
        if self.optional_field_2_value is not UNSET:
            d["optionalField2Value"] = self.optional_field_2_value
        if self.optional_field_3 is not UNSET:
            d["optionalField3"] = self.optional_field_3
        if self.optional_field_3_value is not UNSET:
            d["optionalField3Value"] = self.optional_field_3_value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password_field = d.pop("passwordField", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.username_field = d.pop("usernameField", UNSET)
        obj.optional_field_1 = d.pop("optionalField1", UNSET)
        obj.optional_field_1_value = d.pop("optionalField1Value", UNSET)
        obj.optional_field_2 = d.pop("optionalField2", UNSET)
        obj.optional_field_2_value = d.pop("optionalField2Value", UNSET)
        obj.optional_field_3 = d.pop("optionalField3", UNSET)
        obj.optional_field_3_value = d.pop("optionalField3Value", UNSET)
        obj.additional_properties = d
        return obj
