from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import conditions as _conditions
from . import (
    realm_assignment_operation_response_assignment_operation_configuration_actions as _realm_assignment_operation_response_assignment_operation_configuration_actions,
)

if TYPE_CHECKING:
    from typing import Self

    from .conditions import Conditions
    from .realm_assignment_operation_response_assignment_operation_configuration_actions import (
        RealmAssignmentOperationResponseAssignmentOperationConfigurationActions,
    )


def _parse_actions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions.from_json(
                v
            )
            if lazy
            else _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions,
        v,
    )


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _conditions.Conditions.from_json(v) if lazy else _conditions.Conditions.from_dict(v)
    return _convert.parse_model(_conditions.Conditions, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RealmAssignmentOperationResponseAssignmentOperationConfiguration(OktaModel):
    """Configuration defintion of the realm

    Attributes:
        actions: Realm assignment action
        conditions: Conditions of applying realm assignment
        id: ID of the realm assignment operation
        name: Name of the realm assignment operation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "conditions": "conditions",
        "id": "id",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "actions": "model",
        "conditions": "model",
        "id": "str",
        "name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "actions": ("actions", _parse_actions),
        "conditions": ("conditions", _parse_conditions),
        "id": ("id", None),
        "name": ("name", None),
    }

    actions: RealmAssignmentOperationResponseAssignmentOperationConfigurationActions | None = _attrs_field(init=False)
    conditions: Conditions | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        actions: RealmAssignmentOperationResponseAssignmentOperationConfigurationActions | None | Unset = UNSET,
        conditions: Conditions | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("actions", UNSET)) is not UNSET:
            d["actions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
