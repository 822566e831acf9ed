from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_identifier_match_type import UserIdentifierMatchType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserIdentifierConditionEvaluatorPattern(OktaModel):
    """Specifies the details of the patterns to match against

    Attributes:
        match_type (`matchType`): The type of pattern. For regex, use `EXPRESSION`.
        value: The regular expression or simple match string
    """

    _json_names: ClassVar[dict[str, str]] = {
        "matchType": "match_type",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "match_type": "enum",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "match_type": lambda d: (
            _convert.parse_enum(UserIdentifierMatchType, v) if (v := d.get("matchType", UNSET)).__class__ is str else v
        ),
        "value": "value",
        "additional_properties": lambda d: _convert.undeclared(d, UserIdentifierConditionEvaluatorPattern._json_names),
    }

    match_type: UserIdentifierMatchType | None | Unset = UNSET
    value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.match_type is not UNSET:
            d["matchType"] = self.match_type
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.match_type = (
            _convert.parse_enum(UserIdentifierMatchType, v) if (v := d.pop("matchType", UNSET)).__class__ is str else v
        )
        obj.value = d.pop("value", UNSET)
        obj.additional_properties = d
        return obj
