from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "actions": lambda d: (
            _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions.from_json(
                v
            )
            if (v := d.get("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions,
                v,
            )
        ),
        "conditions": lambda d: (
            _conditions.Conditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_conditions.Conditions, v)
        ),
        "id": "id",
        "name": "name",
        "additional_properties": lambda d: _convert.undeclared(
            d, RealmAssignmentOperationResponseAssignmentOperationConfiguration._json_names
        ),
    }

    actions: RealmAssignmentOperationResponseAssignmentOperationConfigurationActions | None | Unset = UNSET
    conditions: Conditions | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.actions is not UNSET:
            d["actions"] = _convert.dump_model(self.actions, omit_read_only)
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.actions = (
            _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions.from_dict(
                v
            )
            if (v := d.pop("actions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration_actions.RealmAssignmentOperationResponseAssignmentOperationConfigurationActions,
                v,
            )
        )
        obj.conditions = (
            _conditions.Conditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_conditions.Conditions, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.additional_properties = d
        return obj
