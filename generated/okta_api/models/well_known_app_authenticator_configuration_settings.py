from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .custom_app_user_verification_enum import CustomAppUserVerificationEnum

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WellKnownAppAuthenticatorConfigurationSettings(OktaModel):
    """An Okta `WellKnownAppAuthenticatorConfigurationSettings`.

    Attributes:
        user_verification (`userVerification`): User verification setting
    """

    _json_names: ClassVar[dict[str, str]] = {
        "userVerification": "user_verification",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "user_verification": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "user_verification": lambda d: (
            _convert.parse_enum(CustomAppUserVerificationEnum, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, WellKnownAppAuthenticatorConfigurationSettings._json_names
        ),
    }

    user_verification: CustomAppUserVerificationEnum | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.user_verification is not UNSET:
            d["userVerification"] = self.user_verification
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.user_verification = (
            _convert.parse_enum(CustomAppUserVerificationEnum, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
