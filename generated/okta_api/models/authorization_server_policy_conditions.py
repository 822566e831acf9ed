from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import client_policy_condition as _client_policy_condition

if TYPE_CHECKING:
    from typing import Self

    from .client_policy_condition import ClientPolicyCondition


@_attrs_define(kw_only=True)
class AuthorizationServerPolicyConditions(OktaModel):
    """An Okta `AuthorizationServerPolicyConditions`.

    Attributes:
        clients: Specifies which clients are included in the policy
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clients": "clients",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "clients": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "clients": lambda d: (
            _client_policy_condition.ClientPolicyCondition.from_json(v)
            if (v := d.get("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerPolicyConditions._json_names),
    }

    clients: ClientPolicyCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.clients is not UNSET:
            d["clients"] = _convert.dump_model(self.clients, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.clients = (
            _client_policy_condition.ClientPolicyCondition.from_dict(v)
            if (v := d.pop("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        )
        obj.additional_properties = d
        return obj
