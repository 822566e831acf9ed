from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm as _realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm,
)

if TYPE_CHECKING:
    from typing import Self

    from .realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm import (
        RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm,
    )


@_attrs_define(kw_only=True)
class RealmAssignmentOperationResponseAssignmentOperationConfigurationActions(OktaModel):
    """Realm assignment action

    Attributes:
        assign_user_to_realm (`assignUserToRealm`): Action that assigns a user to a realm
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assignUserToRealm": "assign_user_to_realm",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assign_user_to_realm": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assign_user_to_realm": lambda d: (
            _realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm.RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm.from_json(
                v
            )
            if (v := d.get("assignUserToRealm", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm.RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, RealmAssignmentOperationResponseAssignmentOperationConfigurationActions._json_names
        ),
    }

    assign_user_to_realm: (
        RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm | None | Unset
    ) = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.assign_user_to_realm is not UNSET:
            d["assignUserToRealm"] = _convert.dump_model(self.assign_user_to_realm, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.assign_user_to_realm = (
            _realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm.RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm.from_dict(
                v
            )
            if (v := d.pop("assignUserToRealm", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm.RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm,
                v,
            )
        )
        obj.additional_properties = d
        return obj
