from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_dictionary as _password_dictionary

if TYPE_CHECKING:
    from typing import Self

    from .password_dictionary import PasswordDictionary


@_attrs_define(kw_only=True)
class PasswordPolicyPasswordSettingsComplexity(OktaModel):
    """Complexity settings

    Attributes:
        dictionary: Weak password dictionary lookup settings
        exclude_attributes (`excludeAttributes`): The User profile attributes whose values must be excluded from the password: currently
            only supports `firstName` and `lastName`
        exclude_username (`excludeUsername`): Indicates if the Username must be excluded from the password
        max_consecutive_characters (`maxConsecutiveCharacters`): <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Specifies the maximum number of
            consecutive repeating characters that can be used in a password
        min_length (`minLength`): Minimum password length
        min_lower_case (`minLowerCase`): Indicates if a password must contain at least one lower case letter: `0` indicates no, `1`
            indicates yes
        min_number (`minNumber`): Indicates if a password must contain at least one number: `0` indicates no, `1` indicates
            yes
        min_symbol (`minSymbol`): Indicates if a password must contain at least one symbol (For example: !@#$%^&*): `0`
            indicates no, `1` indicates yes
        min_upper_case (`minUpperCase`): Indicates if a password must contain at least one upper case letter: `0` indicates no, `1`
            indicates yes
        oel_statement (`oelStatement`): <x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Use
            an [Expression
            Language](https://developer.okta.com/docs/reference/okta-expression-language-in-identity-engine/)
            expression to block a word from being used in a password. You can only block one word per
            expression. Use the `OR` operator to connect multiple expressions to block multiple words.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "dictionary": "dictionary",
        "excludeAttributes": "exclude_attributes",
        "excludeUsername": "exclude_username",
        "maxConsecutiveCharacters": "max_consecutive_characters",
        "minLength": "min_length",
        "minLowerCase": "min_lower_case",
        "minNumber": "min_number",
        "minSymbol": "min_symbol",
        "minUpperCase": "min_upper_case",
        "oelStatement": "oel_statement",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "dictionary": "model",
        "exclude_attributes": "list:str",
        "exclude_username": "bool",
        "max_consecutive_characters": "int",
        "min_length": "int",
        "min_lower_case": "int",
        "min_number": "int",
        "min_symbol": "int",
        "min_upper_case": "int",
        "oel_statement": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "dictionary": lambda d: (
            _password_dictionary.PasswordDictionary.from_json(v)
            if (v := d.get("dictionary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_dictionary.PasswordDictionary, v)
        ),
        "exclude_attributes": "excludeAttributes",
        "exclude_username": "excludeUsername",
        "max_consecutive_characters": "maxConsecutiveCharacters",
        "min_length": "minLength",
        "min_lower_case": "minLowerCase",
        "min_number": "minNumber",
        "min_symbol": "minSymbol",
        "min_upper_case": "minUpperCase",
        "oel_statement": "oelStatement",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyPasswordSettingsComplexity._json_names),
    }

    dictionary: PasswordDictionary | None | Unset = UNSET
    exclude_attributes: list[str] | None | Unset = UNSET
    exclude_username: bool | None | Unset = UNSET
    max_consecutive_characters: int | None | Unset = UNSET
    min_length: int | None | Unset = UNSET
    min_lower_case: int | None | Unset = UNSET
    min_number: int | None | Unset = UNSET
    min_symbol: int | None | Unset = UNSET
    min_upper_case: int | None | Unset = UNSET
    oel_statement: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.dictionary is not UNSET:
            d["dictionary"] = _convert.dump_model(self.dictionary, omit_read_only)
        if self.exclude_attributes is not UNSET:
            d["excludeAttributes"] = self.exclude_attributes
        if self.exclude_username is not UNSET:
            d["excludeUsername"] = self.exclude_username
        if self.max_consecutive_characters is not UNSET:
            d["maxConsecutiveCharacters"] = self.max_consecutive_characters
        if self.min_length is not UNSET:
            d["minLength"] = self.min_length
        if self.min_lower_case is not UNSET:
            d["minLowerCase"] = self.min_lower_case
        if self.min_number is not UNSET:
            d["minNumber"] = self.min_number
        if self.min_symbol is not UNSET:
            d["minSymbol"] = self.min_symbol
        if self.min_upper_case is not UNSET:
            d["minUpperCase"] = self.min_upper_case
        if self.oel_statement is not UNSET:
            d["oelStatement"] = self.oel_statement
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.dictionary = (
            _password_dictionary.PasswordDictionary.from_dict(v)
            if (v := d.pop("dictionary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_dictionary.PasswordDictionary, v)
        )
        obj.exclude_attributes = d.pop("excludeAttributes", UNSET)
        obj.exclude_username = d.pop("excludeUsername", UNSET)
        obj.max_consecutive_characters = d.pop("maxConsecutiveCharacters", UNSET)
        obj.min_length = d.pop("minLength", UNSET)
        obj.min_lower_case = d.pop("minLowerCase", UNSET)
        obj.min_number = d.pop("minNumber", UNSET)
        obj.min_symbol = d.pop("minSymbol", UNSET)
        obj.min_upper_case = d.pop("minUpperCase", UNSET)
        obj.oel_statement = d.pop("oelStatement", UNSET)
        obj.additional_properties = d
        return obj
