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
class AuthenticatorKeyTacProviderConfigurationComplexity(OktaModel):
    """Define the complexity of the TAC

    Attributes:
        numbers: Use numbers in the TAC. `numbers` is always `true` for the TAC authenticator.
        letters: Use letters in the TAC
        special_characters (`specialCharacters`): Use special characters in the TAC
    """

    _json_names: ClassVar[dict[str, str]] = {
        "numbers": "numbers",
        "letters": "letters",
        "specialCharacters": "special_characters",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "numbers": "bool",
        "letters": "bool",
        "special_characters": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "numbers": "numbers",
        "letters": "letters",
        "special_characters": "specialCharacters",
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorKeyTacProviderConfigurationComplexity._json_names
        ),
    }

    numbers: bool | None | Unset = UNSET
    letters: bool | None | Unset = UNSET
    special_characters: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.numbers is not UNSET:
            d["numbers"] = self.numbers
        if self.letters is not UNSET:
            d["letters"] = self.letters
        if self.special_characters is not UNSET:
            d["specialCharacters"] = self.special_characters
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.numbers = d.pop("numbers", UNSET)
        obj.letters = d.pop("letters", UNSET)
        obj.special_characters = d.pop("specialCharacters", UNSET)
        obj.additional_properties = d
        return obj
