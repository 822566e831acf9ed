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
class TelephonyRequestDataUserProfile(OktaModel):
    """User profile specifies information about the Okta user

    Attributes:
        first_name (`firstName`): The user's first name
        last_name (`lastName`): The user's last name
        login: The user's Okta login
        user_id (`userId`): The user's Okta user ID
    """

    _json_names: ClassVar[dict[str, str]] = {
        "firstName": "first_name",
        "lastName": "last_name",
        "login": "login",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "first_name": "str",
        "last_name": "str",
        "login": "str",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "first_name": "firstName",
        "last_name": "lastName",
        "login": "login",
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, TelephonyRequestDataUserProfile._json_names),
    }

    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    login: str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.login is not UNSET:
            d["login"] = self.login
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.first_name = d.pop("firstName", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.login = d.pop("login", UNSET)
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
