from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .log_user_behavior_result import LogUserBehaviorResult

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogUserBehavior(OktaModel):
    """The result of the user behavior detection models associated with the event

    Attributes:
        id (read-only, never sent): The unique identifier of the user behavior detection model
        name (read-only, never sent): The name of the user behavior detection model [configured by
            admins](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Behavior/)
        result (read-only, never sent): The result of the user behavior analysis
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "result": "result",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "result": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "result": lambda d: (
            _convert.parse_enum(LogUserBehaviorResult, v) if (v := d.get("result", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogUserBehavior._json_names),
    }

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    result: LogUserBehaviorResult | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
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
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.result = (
            _convert.parse_enum(LogUserBehaviorResult, v) if (v := d.pop("result", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
