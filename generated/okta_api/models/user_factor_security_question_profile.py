from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_factor_security_question_profile_question import UserFactorSecurityQuestionProfileQuestion

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserFactorSecurityQuestionProfile(OktaModel):
    """An Okta `UserFactorSecurityQuestionProfile`.

    Attributes:
        answer: Answer to the question
        question: Unique key for the question
        question_text (`questionText`, read-only, never sent): Human-readable text that's displayed to the user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "answer": "answer",
        "question": "question",
        "questionText": "question_text",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "answer": "str",
        "question": "enum",
        "question_text": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "answer": "answer",
        "question": lambda d: (
            _convert.parse_enum(UserFactorSecurityQuestionProfileQuestion, v)
            if (v := d.get("question", UNSET)).__class__ is str
            else v
        ),
        "question_text": "questionText",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorSecurityQuestionProfile._json_names),
    }

    answer: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    question: UserFactorSecurityQuestionProfileQuestion | None | Unset = UNSET
    question_text: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.answer is not UNSET:
            d["answer"] = self.answer
        if self.question is not UNSET:
            d["question"] = self.question
        if self.question_text is not UNSET and not omit_read_only:
            d["questionText"] = self.question_text
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.answer = d.pop("answer", UNSET)
        obj.question = (
            _convert.parse_enum(UserFactorSecurityQuestionProfileQuestion, v)
            if (v := d.pop("question", UNSET)).__class__ is str
            else v
        )
        obj.question_text = d.pop("questionText", UNSET)
        obj.additional_properties = d
        return obj
