from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .allowed_for_enum import AllowedForEnum

if TYPE_CHECKING:
    from typing import Self


_parse_allowed_for = _convert.enum_parser(AllowedForEnum)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "allowed_for": ("allowedFor", _parse_allowed_for),
        "token_lifetime_in_minutes": ("tokenLifetimeInMinutes", None),
    }

    allowed_for: AllowedForEnum | None = _attrs_field(init=False)
    token_lifetime_in_minutes: float | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        allowed_for: AllowedForEnum | None | Unset = UNSET,
        token_lifetime_in_minutes: float | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allowed_for is not UNSET:
            _set_field(self, "allowed_for", allowed_for)
        if token_lifetime_in_minutes is not UNSET:
            _set_field(self, "token_lifetime_in_minutes", token_lifetime_in_minutes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allowed_for", UNSET)) is not UNSET:
            d["allowedFor"] = v
        if (v := values.get("token_lifetime_in_minutes", UNSET)) is not UNSET:
            d["tokenLifetimeInMinutes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowedFor", UNSET)) is not UNSET:
            obj.allowed_for = _parse_allowed_for(v, False)
        if (v := d.pop("tokenLifetimeInMinutes", UNSET)) is not UNSET:
            obj.token_lifetime_in_minutes = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
