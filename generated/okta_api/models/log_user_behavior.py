from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .log_user_behavior_result import LogUserBehaviorResult

if TYPE_CHECKING:
    from typing import Self


_parse_result = _convert.enum_parser(LogUserBehaviorResult)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "name": ("name", None),
        "result": ("result", _parse_result),
    }

    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    result: LogUserBehaviorResult | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        result: LogUserBehaviorResult | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if result is not UNSET:
            _set_field(self, "result", result)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("result", UNSET)) is not UNSET and not omit_read_only:
            d["result"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("result", UNSET)) is not UNSET:
            obj.result = _parse_result(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
