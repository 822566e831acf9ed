from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_factor_security_question_profile_question import UserFactorSecurityQuestionProfileQuestion

if TYPE_CHECKING:
    from typing import Self


_parse_question = _convert.enum_parser(UserFactorSecurityQuestionProfileQuestion)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "answer": ("answer", None),
        "question": ("question", _parse_question),
        "question_text": ("questionText", None),
    }

    answer: str | None = _attrs_field(init=False, repr=_convert.masked)
    question: UserFactorSecurityQuestionProfileQuestion | None = _attrs_field(init=False)
    question_text: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        answer: str | None | Unset = UNSET,
        question: UserFactorSecurityQuestionProfileQuestion | None | Unset = UNSET,
        question_text: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if answer is not UNSET:
            _set_field(self, "answer", answer)
        if question is not UNSET:
            _set_field(self, "question", question)
        if question_text is not UNSET:
            _set_field(self, "question_text", question_text)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("answer", UNSET)) is not UNSET:
            d["answer"] = v
        if (v := values.get("question", UNSET)) is not UNSET:
            d["question"] = v
        if (v := values.get("question_text", UNSET)) is not UNSET and not omit_read_only:
            d["questionText"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("answer", UNSET)) is not UNSET:
            obj.answer = v
        if (v := d.pop("question", UNSET)) is not UNSET:
            obj.question = _parse_question(v, False)
        if (v := d.pop("questionText", UNSET)) is not UNSET:
            obj.question_text = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
