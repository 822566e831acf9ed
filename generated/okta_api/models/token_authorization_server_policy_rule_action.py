from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    token_authorization_server_policy_rule_action_inline_hook as _token_authorization_server_policy_rule_action_inline_hook,
)

if TYPE_CHECKING:
    from typing import Self

    from .token_authorization_server_policy_rule_action_inline_hook import (
        TokenAuthorizationServerPolicyRuleActionInlineHook,
    )


@_attrs_define(kw_only=True)
class TokenAuthorizationServerPolicyRuleAction(OktaModel):
    """An Okta `TokenAuthorizationServerPolicyRuleAction`.

    Attributes:
        access_token_lifetime_minutes (`accessTokenLifetimeMinutes`): Lifetime of the access token in minutes. The minimum is five minutes. The maximum is one
            day.
        inline_hook (`inlineHook`): TokenAuthorizationServerPolicyRuleActionInlineHook
        refresh_token_lifetime_minutes (`refreshTokenLifetimeMinutes`): Lifetime of the refresh token is the minimum access token lifetime.
        refresh_token_window_minutes (`refreshTokenWindowMinutes`): Timeframe when the refresh token is valid. The minimum is 10 minutes. The maximum is five
            years (2,628,000 minutes).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accessTokenLifetimeMinutes": "access_token_lifetime_minutes",
        "inlineHook": "inline_hook",
        "refreshTokenLifetimeMinutes": "refresh_token_lifetime_minutes",
        "refreshTokenWindowMinutes": "refresh_token_window_minutes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access_token_lifetime_minutes": "int",
        "inline_hook": "model",
        "refresh_token_lifetime_minutes": "int",
        "refresh_token_window_minutes": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access_token_lifetime_minutes": "accessTokenLifetimeMinutes",
        "inline_hook": lambda d: (
            _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook.from_json(
                v
            )
            if (v := d.get("inlineHook", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook,
                v,
            )
        ),
        "refresh_token_lifetime_minutes": "refreshTokenLifetimeMinutes",
        "refresh_token_window_minutes": "refreshTokenWindowMinutes",
        "additional_properties": lambda d: _convert.undeclared(d, TokenAuthorizationServerPolicyRuleAction._json_names),
    }

    access_token_lifetime_minutes: int | None | Unset = UNSET
    inline_hook: TokenAuthorizationServerPolicyRuleActionInlineHook | None | Unset = UNSET
    refresh_token_lifetime_minutes: int | None | Unset = UNSET
    refresh_token_window_minutes: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access_token_lifetime_minutes is not UNSET:
            d["accessTokenLifetimeMinutes"] = self.access_token_lifetime_minutes
        if self.inline_hook is not UNSET:
            d["inlineHook"] = _convert.dump_model(self.inline_hook, omit_read_only)
        if self.refresh_token_lifetime_minutes is not UNSET:
            d["refreshTokenLifetimeMinutes"] = self.refresh_token_lifetime_minutes
        if self.refresh_token_window_minutes is not UNSET:
            d["refreshTokenWindowMinutes"] = self.refresh_token_window_minutes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access_token_lifetime_minutes = d.pop("accessTokenLifetimeMinutes", UNSET)
        obj.inline_hook = (
            _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook.from_dict(
                v
            )
            if (v := d.pop("inlineHook", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook,
                v,
            )
        )
        obj.refresh_token_lifetime_minutes = d.pop("refreshTokenLifetimeMinutes", UNSET)
        obj.refresh_token_window_minutes = d.pop("refreshTokenWindowMinutes", UNSET)
        obj.additional_properties = d
        return obj
