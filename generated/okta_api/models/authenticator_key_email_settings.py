from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .allowed_for_enum import AllowedForEnum

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticatorKeyEmailSettings(OktaModel):
    """An Okta `AuthenticatorKeyEmailSettings`.

    Attributes:
        allowed_for (`allowedFor`): The allowed types of uses for the authenticator
        token_lifetime_in_minutes (`tokenLifetimeInMinutes`): Specifies the lifetime of an email token. Default value is 5 minutes.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowedFor": "allowed_for",
        "tokenLifetimeInMinutes": "token_lifetime_in_minutes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allowed_for": "enum",
        "token_lifetime_in_minutes": "float",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allowed_for": lambda d: (
            _convert.parse_enum(AllowedForEnum, v) if (v := d.get("allowedFor", UNSET)).__class__ is str else v
        ),
        "token_lifetime_in_minutes": "tokenLifetimeInMinutes",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyEmailSettings._json_names),
    }

    allowed_for: AllowedForEnum | None | Unset = UNSET
    token_lifetime_in_minutes: float | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allowed_for is not UNSET:
            d["allowedFor"] = self.allowed_for
        if self.token_lifetime_in_minutes is not UNSET:
            d["tokenLifetimeInMinutes"] = self.token_lifetime_in_minutes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.allowed_for = (
            _convert.parse_enum(AllowedForEnum, v) if (v := d.pop("allowedFor", UNSET)).__class__ is str else v
        )
        obj.token_lifetime_in_minutes = d.pop("tokenLifetimeInMinutes", UNSET)
        obj.additional_properties = d
        return obj
