from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "password_field": ("passwordField", None),
        "url": ("url", None),
        "username_field": ("usernameField", None),
        "optional_field_1": ("optionalField1", None),
        "optional_field_1_value": ("optionalField1Value", None),
        "optional_field_2": ("optionalField2", None),
        "optional_field_2_value": ("optionalField2Value", None),
        "optional_field_3": ("optionalField3", None),
        "optional_field_3_value": ("optionalField3Value", None),
    }

    password_field: str | None = _attrs_field(init=False)
    url: str | None = _attrs_field(init=False)
    username_field: str | None = _attrs_field(init=False)
    optional_field_1: str | None = _attrs_field(init=False)
    optional_field_1_value: str | None = _attrs_field(init=False)
    optional_field_2: str | None = _attrs_field(init=False)
    optional_field_2_value: str | None = _attrs_field(init=False)
    optional_field_3: str | None = _attrs_field(init=False)
    optional_field_3_value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        password_field: str | None | Unset,
        url: str | None | Unset,
        username_field: str | None | Unset,
        optional_field_1: str | None | Unset = UNSET,
        optional_field_1_value: str | None | Unset = UNSET,
        optional_field_2: str | None | Unset = UNSET,
        optional_field_2_value: str | None | Unset = UNSET,
        optional_field_3: str | None | Unset = UNSET,
        optional_field_3_value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if password_field is not UNSET:
            _set_field(self, "password_field", password_field)
        if url is not UNSET:
            _set_field(self, "url", url)
        if username_field is not UNSET:
            _set_field(self, "username_field", username_field)
        if optional_field_1 is not UNSET:
            _set_field(self, "optional_field_1", optional_field_1)
        if optional_field_1_value is not UNSET:
            _set_field(self, "optional_field_1_value", optional_field_1_value)
        if optional_field_2 is not UNSET:
            _set_field(self, "optional_field_2", optional_field_2)
        if optional_field_2_value is not UNSET:
            _set_field(self, "optional_field_2_value", optional_field_2_value)
        if optional_field_3 is not UNSET:
            _set_field(self, "optional_field_3", optional_field_3)
        if optional_field_3_value is not UNSET:
            _set_field(self, "optional_field_3_value", optional_field_3_value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("password_field", UNSET)) is not UNSET:
            d["passwordField"] = v
        if (v := values.get("url", UNSET)) is not UNSET:
            d["url"] = v
        if (v := values.get("username_field", UNSET)) is not UNSET:
            d["usernameField"] = v
        if (v := values.get("optional_field_1", UNSET)) is not UNSET:
            d["optionalField1"] = v
        if (v := values.get("optional_field_1_value", UNSET)) is not UNSET:
            d["optionalField1Value"] = v
        if (v := values.get("optional_field_2", UNSET)) is not UNSET:
            d["optionalField2"] = v
        if (v := values.get("optional_field_2_value", UNSET)) is not UNSET:
            d["optionalField2Value"] = v
        if (v := values.get("optional_field_3", UNSET)) is not UNSET:
            d["optionalField3"] = v
        if (v := values.get("optional_field_3_value", UNSET)) is not UNSET:
            d["optionalField3Value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("passwordField", UNSET)) is not UNSET:
            obj.password_field = v
        if (v := d.pop("url", UNSET)) is not UNSET:
            obj.url = v
        if (v := d.pop("usernameField", UNSET)) is not UNSET:
            obj.username_field = v
        if (v := d.pop("optionalField1", UNSET)) is not UNSET:
            obj.optional_field_1 = v
        if (v := d.pop("optionalField1Value", UNSET)) is not UNSET:
            obj.optional_field_1_value = v
        if (v := d.pop("optionalField2", UNSET)) is not UNSET:
            obj.optional_field_2 = v
        if (v := d.pop("optionalField2Value", UNSET)) is not UNSET:
            obj.optional_field_2_value = v
        if (v := d.pop("optionalField3", UNSET)) is not UNSET:
            obj.optional_field_3 = v
        if (v := d.pop("optionalField3Value", UNSET)) is not UNSET:
            obj.optional_field_3_value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
