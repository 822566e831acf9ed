from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .identity_source_user_profile_for_upsert import IdentitySourceUserProfileForUpsert

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class IdentitySourceUserProfileForUpsertRequired(IdentitySourceUserProfileForUpsert):
    """An Okta `IdentitySourceUserProfileForUpsertRequired`.

    Attributes:
        email: Email address of the user
        user_name (`userName`): Username of the user
        first_name (`firstName`): First name of the user
        home_address (`homeAddress`): Home address of the user
        last_name (`lastName`): Last name of the user
        mobile_phone (`mobilePhone`): Mobile phone number of the user
        second_email (`secondEmail`): Alternative email address of the user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "email": "email",
        "userName": "user_name",
        "firstName": "first_name",
        "homeAddress": "home_address",
        "lastName": "last_name",
        "mobilePhone": "mobile_phone",
        "secondEmail": "second_email",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "email": "str",
        "user_name": "str",
        "first_name": "str",
        "home_address": "str",
        "last_name": "str",
        "mobile_phone": "str",
        "second_email": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "email": "email",
        "user_name": "userName",
        "first_name": "firstName",
        "home_address": "homeAddress",
        "last_name": "lastName",
        "mobile_phone": "mobilePhone",
        "second_email": "secondEmail",
        "additional_properties": lambda d: _convert.undeclared(
            d, IdentitySourceUserProfileForUpsertRequired._json_names
        ),
    }

    email: str | None | Unset
    user_name: str | None | Unset
    first_name: str | None | Unset = UNSET
    home_address: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    mobile_phone: str | None | Unset = UNSET
    second_email: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.email is not UNSET:
            d["email"] = self.email
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.home_address is not UNSET:
            d["homeAddress"] = self.home_address
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.mobile_phone is not UNSET:
            d["mobilePhone"] = self.mobile_phone
        if self.second_email is not UNSET:
            d["secondEmail"] = self.second_email
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.email = d.pop("email", UNSET)
        obj.user_name = d.pop("userName", UNSET)
        obj.first_name = d.pop("firstName", UNSET)
        obj.home_address = d.pop("homeAddress", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.mobile_phone = d.pop("mobilePhone", UNSET)
        obj.second_email = d.pop("secondEmail", UNSET)
        obj.additional_properties = d
        return obj
