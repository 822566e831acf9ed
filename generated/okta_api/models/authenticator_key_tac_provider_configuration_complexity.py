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
        "numbers": ("numbers", None),
        "letters": ("letters", None),
        "special_characters": ("specialCharacters", None),
    }

    numbers: bool | None = _attrs_field(init=False)
    letters: bool | None = _attrs_field(init=False)
    special_characters: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        numbers: bool | None | Unset = UNSET,
        letters: bool | None | Unset = UNSET,
        special_characters: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if numbers is not UNSET:
            _set_field(self, "numbers", numbers)
        if letters is not UNSET:
            _set_field(self, "letters", letters)
        if special_characters is not UNSET:
            _set_field(self, "special_characters", special_characters)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("numbers", UNSET)) is not UNSET:
            d["numbers"] = v
        if (v := values.get("letters", UNSET)) is not UNSET:
            d["letters"] = v
        if (v := values.get("special_characters", UNSET)) is not UNSET:
            d["specialCharacters"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("numbers", UNSET)) is not UNSET:
            obj.numbers = v
        if (v := d.pop("letters", UNSET)) is not UNSET:
            obj.letters = v
        if (v := d.pop("specialCharacters", UNSET)) is not UNSET:
            obj.special_characters = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
