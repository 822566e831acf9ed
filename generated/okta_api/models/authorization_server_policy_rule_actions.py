from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import token_authorization_server_policy_rule_action as _token_authorization_server_policy_rule_action
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .token_authorization_server_policy_rule_action import TokenAuthorizationServerPolicyRuleAction


@_attrs_define(kw_only=True)
class AuthorizationServerPolicyRuleActions(PolicyRuleActions):
    """An Okta `AuthorizationServerPolicyRuleActions`.

    Attributes:
        token: TokenAuthorizationServerPolicyRuleAction
    """

    _json_names: ClassVar[dict[str, str]] = {
        "token": "token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "token": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "token": lambda d: (
            _token_authorization_server_policy_rule_action.TokenAuthorizationServerPolicyRuleAction.from_json(v)
            if (v := d.get("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_authorization_server_policy_rule_action.TokenAuthorizationServerPolicyRuleAction, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerPolicyRuleActions._json_names),
    }

    token: TokenAuthorizationServerPolicyRuleAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.token is not UNSET:
            d["token"] = _convert.dump_model(self.token, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.token = (
            _token_authorization_server_policy_rule_action.TokenAuthorizationServerPolicyRuleAction.from_dict(v)
            if (v := d.pop("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_authorization_server_policy_rule_action.TokenAuthorizationServerPolicyRuleAction, v
            )
        )
        obj.additional_properties = d
        return obj
