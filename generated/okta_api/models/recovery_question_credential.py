from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RecoveryQuestionCredential(OktaModel):
    """Specifies a secret question and answer that's validated (case insensitive) when a user forgets their
    password or unlocks their account. The answer property is write-only.

    Attributes:
        answer: The answer to the recovery question
        question: The recovery question
    """

    _json_names: ClassVar[dict[str, str]] = {
        "answer": "answer",
        "question": "question",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "answer": "str",
        "question": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "answer": "answer",
        "question": "question",
        "additional_properties": lambda d: _convert.undeclared(d, RecoveryQuestionCredential._json_names),
    }

    answer: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    question: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.answer is not UNSET:
            d["answer"] = self.answer
        if self.question is not UNSET:
            d["question"] = self.question
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
        obj.question = d.pop("question", UNSET)
        obj.additional_properties = d
        return obj
