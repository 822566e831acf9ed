from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_identifier_condition_evaluator_pattern as _user_identifier_condition_evaluator_pattern
from .user_identifier_type import UserIdentifierType

if TYPE_CHECKING:
    from typing import Self

    from .user_identifier_condition_evaluator_pattern import UserIdentifierConditionEvaluatorPattern


@_attrs_define(kw_only=True)
class UserIdentifierPolicyRuleCondition(OktaModel):
    """Specifies a user identifier condition to match on

    Attributes:
        attribute: The name of the profile attribute to match against. Only used when type is `ATTRIBUTE`.
        patterns: list[UserIdentifierConditionEvaluatorPattern]
        type_ (`type`): What to match against, either user ID or an attribute in the user's Okta profile.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attribute": "attribute",
        "patterns": "patterns",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attribute": "str",
        "patterns": "list:model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attribute": "attribute",
        "patterns": lambda d: _convert.parse_model_list(
            _user_identifier_condition_evaluator_pattern.UserIdentifierConditionEvaluatorPattern.from_json,
            d.get("patterns", UNSET),
        ),
        "type_": lambda d: (
            _convert.parse_enum(UserIdentifierType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserIdentifierPolicyRuleCondition._json_names),
    }

    attribute: str | None | Unset = UNSET
    patterns: list[UserIdentifierConditionEvaluatorPattern] | None | Unset = UNSET
    type_: UserIdentifierType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attribute is not UNSET:
            d["attribute"] = self.attribute
        if self.patterns is not UNSET:
            d["patterns"] = _convert.dump_model_list(self.patterns, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.attribute = d.pop("attribute", UNSET)
        obj.patterns = _convert.parse_model_list(
            _user_identifier_condition_evaluator_pattern.UserIdentifierConditionEvaluatorPattern.from_dict,
            d.pop("patterns", UNSET),
        )
        obj.type_ = _convert.parse_enum(UserIdentifierType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
