from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import permission_conditions as _permission_conditions

if TYPE_CHECKING:
    from typing import Self

    from .permission_conditions import PermissionConditions


@_attrs_define(kw_only=True)
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
        "conditions": lambda d: (
            _permission_conditions.PermissionConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_conditions.PermissionConditions, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CreateUpdateIamRolePermissionRequest._json_names),
    }

    conditions: PermissionConditions | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.conditions = (
            _permission_conditions.PermissionConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_conditions.PermissionConditions, v)
        )
        obj.additional_properties = d
        return obj
