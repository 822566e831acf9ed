from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .mac_os_account_profile_type import MacOSAccountProfileType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(MacOSAccountProfileType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class MacOSAccountProfile(OktaModel):
    """An Okta `MacOSAccountProfile`.

    Attributes:
        account_uuid (`accountUuid`): Unique identifier for the macOS account
        full_name (`fullName`): Full name of the account user
        type_ (`type`): Profile type discriminator
        username: Username of the account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountUuid": "account_uuid",
        "fullName": "full_name",
        "type": "type_",
        "username": "username",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "account_uuid": "str",
        "full_name": "str",
        "type_": "enum",
        "username": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "account_uuid": ("accountUuid", None),
        "full_name": ("fullName", None),
        "type_": ("type", _parse_type_),
        "username": ("username", None),
    }

    account_uuid: str | None = _attrs_field(init=False)
    full_name: str | None = _attrs_field(init=False)
    type_: MacOSAccountProfileType | None = _attrs_field(init=False)
    username: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        account_uuid: str | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
        type_: MacOSAccountProfileType | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_uuid is not UNSET:
            _set_field(self, "account_uuid", account_uuid)
        if full_name is not UNSET:
            _set_field(self, "full_name", full_name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if username is not UNSET:
            _set_field(self, "username", username)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("account_uuid", UNSET)) is not UNSET:
            d["accountUuid"] = v
        if (v := values.get("full_name", UNSET)) is not UNSET:
            d["fullName"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("username", UNSET)) is not UNSET:
            d["username"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accountUuid", UNSET)) is not UNSET:
            obj.account_uuid = v
        if (v := d.pop("fullName", UNSET)) is not UNSET:
            obj.full_name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("username", UNSET)) is not UNSET:
            obj.username = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
