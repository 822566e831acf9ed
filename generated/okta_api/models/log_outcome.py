from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .log_outcome_result import LogOutcomeResult

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogOutcome(OktaModel):
    """An Okta `LogOutcome`.

    Attributes:
        reason (read-only, never sent): Reason for the result, for example, `INVALID_CREDENTIALS`
        result (read-only, never sent): Result of the action
    """

    _json_names: ClassVar[dict[str, str]] = {
        "reason": "reason",
        "result": "result",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "reason": "str",
        "result": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "reason": "reason",
        "result": lambda d: (
            _convert.parse_enum(LogOutcomeResult, v) if (v := d.get("result", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogOutcome._json_names),
    }

    reason: str | None | Unset = UNSET
    result: LogOutcomeResult | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.reason is not UNSET and not omit_read_only:
            d["reason"] = self.reason
        if self.result is not UNSET and not omit_read_only:
            d["result"] = self.result
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.reason = d.pop("reason", UNSET)
        obj.result = _convert.parse_enum(LogOutcomeResult, v) if (v := d.pop("result", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
