from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import simulate_result_conditions as _simulate_result_conditions
from .simulate_result_status import SimulateResultStatus

if TYPE_CHECKING:
    from typing import Self

    from .simulate_result_conditions import SimulateResultConditions


def _parse_conditions(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _simulate_result_conditions.SimulateResultConditions.from_json
        if lazy
        else _simulate_result_conditions.SimulateResultConditions.from_dict,
        v,
    )


_parse_status = _convert.enum_parser(SimulateResultStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SimulateResultRules(OktaModel):
    """An Okta `SimulateResultRules`.

    Attributes:
        conditions: List of all conditions involved for this rule evaluation
        id: The unique ID number of the policy rule
        name: The name of the policy rule
        status: The result of this entity evaluation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "id": "id",
        "name": "name",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "list:model",
        "id": "str",
        "name": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": ("conditions", _parse_conditions),
        "id": ("id", None),
        "name": ("name", None),
        "status": ("status", _parse_status),
    }

    conditions: list[SimulateResultConditions] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: SimulateResultStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: list[SimulateResultConditions] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: SimulateResultStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
