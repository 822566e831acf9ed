from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_recovery_question_complexity as _password_policy_recovery_question_complexity

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_question_complexity import PasswordPolicyRecoveryQuestionComplexity


@_attrs_define(kw_only=True)
class PasswordPolicyRecoveryQuestionProperties(OktaModel):
    """An Okta `PasswordPolicyRecoveryQuestionProperties`.

    Attributes:
        complexity: PasswordPolicyRecoveryQuestionComplexity
    """

    _json_names: ClassVar[dict[str, str]] = {
        "complexity": "complexity",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "complexity": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "complexity": lambda d: (
            _password_policy_recovery_question_complexity.PasswordPolicyRecoveryQuestionComplexity.from_json(v)
            if (v := d.get("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_question_complexity.PasswordPolicyRecoveryQuestionComplexity, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoveryQuestionProperties._json_names),
    }

    complexity: PasswordPolicyRecoveryQuestionComplexity | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.complexity is not UNSET:
            d["complexity"] = _convert.dump_model(self.complexity, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.complexity = (
            _password_policy_recovery_question_complexity.PasswordPolicyRecoveryQuestionComplexity.from_dict(v)
            if (v := d.pop("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_question_complexity.PasswordPolicyRecoveryQuestionComplexity, v
            )
        )
        obj.additional_properties = d
        return obj
