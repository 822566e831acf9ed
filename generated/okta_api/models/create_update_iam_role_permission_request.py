from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import permission_conditions as _permission_conditions

if TYPE_CHECKING:
    from typing import Self

    from .permission_conditions import PermissionConditions


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _permission_conditions.PermissionConditions.from_json(v)
            if lazy
            else _permission_conditions.PermissionConditions.from_dict(v)
        )
    return _convert.parse_model(_permission_conditions.PermissionConditions, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CreateUpdateIamRolePermissionRequest(OktaModel):
    """An Okta `CreateUpdateIamRolePermissionRequest`.

    Attributes:
        conditions: Conditions for further restricting a permission. See [Permission
            conditions](https://help.okta.com/okta_help.htm?type=oie&id=ext-permission-conditions).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": ("conditions", _parse_conditions),
    }

    conditions: PermissionConditions | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: PermissionConditions | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
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
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
