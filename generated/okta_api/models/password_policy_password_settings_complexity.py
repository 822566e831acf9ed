from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_dictionary as _password_dictionary

if TYPE_CHECKING:
    from typing import Self

    from .password_dictionary import PasswordDictionary


def _parse_dictionary(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_dictionary.PasswordDictionary.from_json(v)
            if lazy
            else _password_dictionary.PasswordDictionary.from_dict(v)
        )
    return _convert.parse_model(_password_dictionary.PasswordDictionary, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "dictionary": ("dictionary", _parse_dictionary),
        "exclude_attributes": ("excludeAttributes", None),
        "exclude_username": ("excludeUsername", None),
        "max_consecutive_characters": ("maxConsecutiveCharacters", None),
        "min_length": ("minLength", None),
        "min_lower_case": ("minLowerCase", None),
        "min_number": ("minNumber", None),
        "min_symbol": ("minSymbol", None),
        "min_upper_case": ("minUpperCase", None),
        "oel_statement": ("oelStatement", None),
    }

    dictionary: PasswordDictionary | None = _attrs_field(init=False)
    exclude_attributes: list[str] | None = _attrs_field(init=False)
    exclude_username: bool | None = _attrs_field(init=False)
    max_consecutive_characters: int | None = _attrs_field(init=False)
    min_length: int | None = _attrs_field(init=False)
    min_lower_case: int | None = _attrs_field(init=False)
    min_number: int | None = _attrs_field(init=False)
    min_symbol: int | None = _attrs_field(init=False)
    min_upper_case: int | None = _attrs_field(init=False)
    oel_statement: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        dictionary: PasswordDictionary | None | Unset = UNSET,
        exclude_attributes: list[str] | None | Unset = UNSET,
        exclude_username: bool | None | Unset = UNSET,
        max_consecutive_characters: int | None | Unset = UNSET,
        min_length: int | None | Unset = UNSET,
        min_lower_case: int | None | Unset = UNSET,
        min_number: int | None | Unset = UNSET,
        min_symbol: int | None | Unset = UNSET,
        min_upper_case: int | None | Unset = UNSET,
        oel_statement: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if dictionary is not UNSET:
            _set_field(self, "dictionary", dictionary)
        if exclude_attributes is not UNSET:
            _set_field(self, "exclude_attributes", exclude_attributes)
        if exclude_username is not UNSET:
            _set_field(self, "exclude_username", exclude_username)
        if max_consecutive_characters is not UNSET:
            _set_field(self, "max_consecutive_characters", max_consecutive_characters)
        if min_length is not UNSET:
            _set_field(self, "min_length", min_length)
        if min_lower_case is not UNSET:
            _set_field(self, "min_lower_case", min_lower_case)
        if min_number is not UNSET:
            _set_field(self, "min_number", min_number)
        if min_symbol is not UNSET:
            _set_field(self, "min_symbol", min_symbol)
        if min_upper_case is not UNSET:
            _set_field(self, "min_upper_case", min_upper_case)
        if oel_statement is not UNSET:
            _set_field(self, "oel_statement", oel_statement)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("dictionary", UNSET)) is not UNSET:
            d["dictionary"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("exclude_attributes", UNSET)) is not UNSET:
            d["excludeAttributes"] = v
        if (v := values.get("exclude_username", UNSET)) is not UNSET:
            d["excludeUsername"] = v
        if (v := values.get("max_consecutive_characters", UNSET)) is not UNSET:
            d["maxConsecutiveCharacters"] = v
        if (v := values.get("min_length", UNSET)) is not UNSET:
            d["minLength"] = v
        if (v := values.get("min_lower_case", UNSET)) is not UNSET:
            d["minLowerCase"] = v
        if (v := values.get("min_number", UNSET)) is not UNSET:
            d["minNumber"] = v
        if (v := values.get("min_symbol", UNSET)) is not UNSET:
            d["minSymbol"] = v
        if (v := values.get("min_upper_case", UNSET)) is not UNSET:
            d["minUpperCase"] = v
        if (v := values.get("oel_statement", UNSET)) is not UNSET:
            d["oelStatement"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("dictionary", UNSET)) is not UNSET:
            obj.dictionary = _parse_dictionary(v, False)
        if (v := d.pop("excludeAttributes", UNSET)) is not UNSET:
            obj.exclude_attributes = v
        if (v := d.pop("excludeUsername", UNSET)) is not UNSET:
            obj.exclude_username = v
        if (v := d.pop("maxConsecutiveCharacters", UNSET)) is not UNSET:
            obj.max_consecutive_characters = v
        if (v := d.pop("minLength", UNSET)) is not UNSET:
            obj.min_length = v
        if (v := d.pop("minLowerCase", UNSET)) is not UNSET:
            obj.min_lower_case = v
        if (v := d.pop("minNumber", UNSET)) is not UNSET:
            obj.min_number = v
        if (v := d.pop("minSymbol", UNSET)) is not UNSET:
            obj.min_symbol = v
        if (v := d.pop("minUpperCase", UNSET)) is not UNSET:
            obj.min_upper_case = v
        if (v := d.pop("oelStatement", UNSET)) is not UNSET:
            obj.oel_statement = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
