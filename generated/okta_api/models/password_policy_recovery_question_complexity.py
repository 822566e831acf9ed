from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordPolicyRecoveryQuestionComplexity(OktaModel):
    """An Okta `PasswordPolicyRecoveryQuestionComplexity`.

    Attributes:
        min_length (`minLength`, read-only, never sent): Minimum length of the password recovery question answer
    """

    _json_names: ClassVar[dict[str, str]] = {
        "minLength": "min_length",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "min_length": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "min_length": "minLength",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoveryQuestionComplexity._json_names),
    }

    min_length: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.min_length is not UNSET and not omit_read_only:
            d["minLength"] = self.min_length
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.min_length = d.pop("minLength", UNSET)
        obj.additional_properties = d
        return obj
