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
class IdentitySourceUserProfileForUpsert(OktaModel):
    """Contains a set of external user attributes and their values that are mapped to Okta standard and
    custom profile properties. See the [`profile`
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile)
    and Declaration of a Custom Identity Source Schema in [Using anything as a
    source](https://help.okta.com/okta_help.htm?type=oie&id=ext-anything-as-a-source).
    > **Note:** Profile attributes can only be of the string type.

    Attributes:
        email: Email address of the user
        first_name (`firstName`): First name of the user
        home_address (`homeAddress`): Home address of the user
        last_name (`lastName`): Last name of the user
        mobile_phone (`mobilePhone`): Mobile phone number of the user
        second_email (`secondEmail`): Alternative email address of the user
        user_name (`userName`): Username of the user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "email": "email",
        "firstName": "first_name",
        "homeAddress": "home_address",
        "lastName": "last_name",
        "mobilePhone": "mobile_phone",
        "secondEmail": "second_email",
        "userName": "user_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "email": "str",
        "first_name": "str",
        "home_address": "str",
        "last_name": "str",
        "mobile_phone": "str",
        "second_email": "str",
        "user_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "email": ("email", None),
        "first_name": ("firstName", None),
        "home_address": ("homeAddress", None),
        "last_name": ("lastName", None),
        "mobile_phone": ("mobilePhone", None),
        "second_email": ("secondEmail", None),
        "user_name": ("userName", None),
    }

    email: str | None = _attrs_field(init=False)
    first_name: str | None = _attrs_field(init=False)
    home_address: str | None = _attrs_field(init=False)
    last_name: str | None = _attrs_field(init=False)
    mobile_phone: str | None = _attrs_field(init=False)
    second_email: str | None = _attrs_field(init=False)
    user_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        email: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        home_address: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        mobile_phone: str | None | Unset = UNSET,
        second_email: str | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if email is not UNSET:
            _set_field(self, "email", email)
        if first_name is not UNSET:
            _set_field(self, "first_name", first_name)
        if home_address is not UNSET:
            _set_field(self, "home_address", home_address)
        if last_name is not UNSET:
            _set_field(self, "last_name", last_name)
        if mobile_phone is not UNSET:
            _set_field(self, "mobile_phone", mobile_phone)
        if second_email is not UNSET:
            _set_field(self, "second_email", second_email)
        if user_name is not UNSET:
            _set_field(self, "user_name", user_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("email", UNSET)) is not UNSET:
            d["email"] = v
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = v
        if (v := values.get("home_address", UNSET)) is not UNSET:
            d["homeAddress"] = v
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = v
        if (v := values.get("mobile_phone", UNSET)) is not UNSET:
            d["mobilePhone"] = v
        if (v := values.get("second_email", UNSET)) is not UNSET:
            d["secondEmail"] = v
        if (v := values.get("user_name", UNSET)) is not UNSET:
            d["userName"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = v
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = v
        if (v := d.pop("homeAddress", UNSET)) is not UNSET:
            obj.home_address = v
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = v
        if (v := d.pop("mobilePhone", UNSET)) is not UNSET:
            obj.mobile_phone = v
        if (v := d.pop("secondEmail", UNSET)) is not UNSET:
            obj.second_email = v
        if (v := d.pop("userName", UNSET)) is not UNSET:
            obj.user_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
