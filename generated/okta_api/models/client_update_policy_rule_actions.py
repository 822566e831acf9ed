from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import client_update_policy_rule_actions_update_controls as _client_update_policy_rule_actions_update_controls

if TYPE_CHECKING:
    from typing import Self

    from .client_update_policy_rule_actions_update_controls import ClientUpdatePolicyRuleActionsUpdateControls


@_attrs_define(kw_only=True)
class ClientUpdatePolicyRuleActions(OktaModel):
    """The action to take based on the risk event

    Attributes:
        update_controls (`updateControls`): The object that contains the `actions` array
    """

    _json_names: ClassVar[dict[str, str]] = {
        "updateControls": "update_controls",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "update_controls": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "update_controls": lambda d: (
            _client_update_policy_rule_actions_update_controls.ClientUpdatePolicyRuleActionsUpdateControls.from_json(v)
            if (v := d.get("updateControls", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _client_update_policy_rule_actions_update_controls.ClientUpdatePolicyRuleActionsUpdateControls, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ClientUpdatePolicyRuleActions._json_names),
    }

    update_controls: ClientUpdatePolicyRuleActionsUpdateControls | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.update_controls is not UNSET:
            d["updateControls"] = _convert.dump_model(self.update_controls, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.update_controls = (
            _client_update_policy_rule_actions_update_controls.ClientUpdatePolicyRuleActionsUpdateControls.from_dict(v)
            if (v := d.pop("updateControls", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _client_update_policy_rule_actions_update_controls.ClientUpdatePolicyRuleActionsUpdateControls, v
            )
        )
        obj.additional_properties = d
        return obj
