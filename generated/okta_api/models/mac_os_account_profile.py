from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .mac_os_account_profile_type import MacOSAccountProfileType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "account_uuid": "accountUuid",
        "full_name": "fullName",
        "type_": lambda d: (
            _convert.parse_enum(MacOSAccountProfileType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "username": "username",
        "additional_properties": lambda d: _convert.undeclared(d, MacOSAccountProfile._json_names),
    }

    account_uuid: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    type_: MacOSAccountProfileType | None | Unset = UNSET
    username: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.account_uuid is not UNSET:
            d["accountUuid"] = self.account_uuid
        if self.full_name is not UNSET:
            d["fullName"] = self.full_name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.username is not UNSET:
            d["username"] = self.username
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.account_uuid = d.pop("accountUuid", UNSET)
        obj.full_name = d.pop("fullName", UNSET)
        obj.type_ = (
            _convert.parse_enum(MacOSAccountProfileType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.username = d.pop("username", UNSET)
        obj.additional_properties = d
        return obj
