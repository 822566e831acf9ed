from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_dictionary_common as _password_dictionary_common

if TYPE_CHECKING:
    from typing import Self

    from .password_dictionary_common import PasswordDictionaryCommon


@_attrs_define(kw_only=True)
class PasswordDictionary(OktaModel):
    """Weak password dictionary lookup settings

    Attributes:
        common: Lookup settings for commonly used passwords
    """

    _json_names: ClassVar[dict[str, str]] = {
        "common": "common",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "common": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "common": lambda d: (
            _password_dictionary_common.PasswordDictionaryCommon.from_json(v)
            if (v := d.get("common", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_dictionary_common.PasswordDictionaryCommon, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordDictionary._json_names),
    }

    common: PasswordDictionaryCommon | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.common is not UNSET:
            d["common"] = _convert.dump_model(self.common, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.common = (
            _password_dictionary_common.PasswordDictionaryCommon.from_dict(v)
            if (v := d.pop("common", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_dictionary_common.PasswordDictionaryCommon, v)
        )
        obj.additional_properties = d
        return obj
