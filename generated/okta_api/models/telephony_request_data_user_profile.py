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
        "first_name": ("firstName", None),
        "last_name": ("lastName", None),
        "login": ("login", None),
        "user_id": ("userId", None),
    }

    first_name: str | None = _attrs_field(init=False)
    last_name: str | None = _attrs_field(init=False)
    login: str | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if first_name is not UNSET:
            _set_field(self, "first_name", first_name)
        if last_name is not UNSET:
            _set_field(self, "last_name", last_name)
        if login is not UNSET:
            _set_field(self, "login", login)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = v
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = v
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = v
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = v
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = v
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
