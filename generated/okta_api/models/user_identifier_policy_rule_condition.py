from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_identifier_condition_evaluator_pattern as _user_identifier_condition_evaluator_pattern
from .user_identifier_type import UserIdentifierType

if TYPE_CHECKING:
    from typing import Self

    from .user_identifier_condition_evaluator_pattern import UserIdentifierConditionEvaluatorPattern


def _parse_patterns(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_identifier_condition_evaluator_pattern.UserIdentifierConditionEvaluatorPattern.from_json
        if lazy
        else _user_identifier_condition_evaluator_pattern.UserIdentifierConditionEvaluatorPattern.from_dict,
        v,
    )


_parse_type_ = _convert.enum_parser(UserIdentifierType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "attribute": ("attribute", None),
        "patterns": ("patterns", _parse_patterns),
        "type_": ("type", _parse_type_),
    }

    attribute: str | None = _attrs_field(init=False)
    patterns: list[UserIdentifierConditionEvaluatorPattern] | None = _attrs_field(init=False)
    type_: UserIdentifierType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        attribute: str | None | Unset = UNSET,
        patterns: list[UserIdentifierConditionEvaluatorPattern] | None | Unset = UNSET,
        type_: UserIdentifierType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if attribute is not UNSET:
            _set_field(self, "attribute", attribute)
        if patterns is not UNSET:
            _set_field(self, "patterns", patterns)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("attribute", UNSET)) is not UNSET:
            d["attribute"] = v
        if (v := values.get("patterns", UNSET)) is not UNSET:
            d["patterns"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("attribute", UNSET)) is not UNSET:
            obj.attribute = v
        if (v := d.pop("patterns", UNSET)) is not UNSET:
            obj.patterns = _parse_patterns(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
