from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    realm_assignment_operation_response_assignment_operation_configuration as _realm_assignment_operation_response_assignment_operation_configuration,
)

if TYPE_CHECKING:
    from typing import Self

    from .realm_assignment_operation_response_assignment_operation_configuration import (
        RealmAssignmentOperationResponseAssignmentOperationConfiguration,
    )


@_attrs_define(kw_only=True)
class RealmAssignmentOperationResponseAssignmentOperation(OktaModel):
    """Definition of the realm assignment operation

    Attributes:
        configuration: Configuration defintion of the realm
    """

    _json_names: ClassVar[dict[str, str]] = {
        "configuration": "configuration",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "configuration": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "configuration": lambda d: (
            _realm_assignment_operation_response_assignment_operation_configuration.RealmAssignmentOperationResponseAssignmentOperationConfiguration.from_json(
                v
            )
            if (v := d.get("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration.RealmAssignmentOperationResponseAssignmentOperationConfiguration,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, RealmAssignmentOperationResponseAssignmentOperation._json_names
        ),
    }

    configuration: RealmAssignmentOperationResponseAssignmentOperationConfiguration | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.configuration is not UNSET:
            d["configuration"] = _convert.dump_model(self.configuration, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.configuration = (
            _realm_assignment_operation_response_assignment_operation_configuration.RealmAssignmentOperationResponseAssignmentOperationConfiguration.from_dict(
                v
            )
            if (v := d.pop("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _realm_assignment_operation_response_assignment_operation_configuration.RealmAssignmentOperationResponseAssignmentOperationConfiguration,
                v,
            )
        )
        obj.additional_properties = d
        return obj
