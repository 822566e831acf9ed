from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import parameters as _parameters

if TYPE_CHECKING:
    from typing import Self

    from .parameters import Parameters


@_attrs_define(kw_only=True)
class AgentAction(OktaModel):
    """Details about the Active Directory or LDAP group membership update

    Attributes:
        id: ID of the Active Directory or LDAP group to update
        parameters: Attributes used for processing Active Directory or LDAP group membership update
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "parameters": "parameters",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "parameters": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "parameters": lambda d: (
            _parameters.Parameters.from_json(v)
            if (v := d.get("parameters", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_parameters.Parameters, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AgentAction._json_names),
    }

    id: str | None | Unset
    parameters: Parameters | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.parameters is not UNSET:
            d["parameters"] = _convert.dump_model(self.parameters, omit_read_only)
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
        obj.parameters = (
            _parameters.Parameters.from_dict(v)
            if (v := d.pop("parameters", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_parameters.Parameters, v)
        )
        obj.additional_properties = d
        return obj
