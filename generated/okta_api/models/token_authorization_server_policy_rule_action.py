from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    token_authorization_server_policy_rule_action_inline_hook as _token_authorization_server_policy_rule_action_inline_hook,
)

if TYPE_CHECKING:
    from typing import Self

    from .token_authorization_server_policy_rule_action_inline_hook import (
        TokenAuthorizationServerPolicyRuleActionInlineHook,
    )


def _parse_inline_hook(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook.from_json(
                v
            )
            if lazy
            else _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _token_authorization_server_policy_rule_action_inline_hook.TokenAuthorizationServerPolicyRuleActionInlineHook, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access_token_lifetime_minutes": ("accessTokenLifetimeMinutes", None),
        "inline_hook": ("inlineHook", _parse_inline_hook),
        "refresh_token_lifetime_minutes": ("refreshTokenLifetimeMinutes", None),
        "refresh_token_window_minutes": ("refreshTokenWindowMinutes", None),
    }

    access_token_lifetime_minutes: int | None = _attrs_field(init=False)
    inline_hook: TokenAuthorizationServerPolicyRuleActionInlineHook | None = _attrs_field(init=False)
    refresh_token_lifetime_minutes: int | None = _attrs_field(init=False)
    refresh_token_window_minutes: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access_token_lifetime_minutes: int | None | Unset = UNSET,
        inline_hook: TokenAuthorizationServerPolicyRuleActionInlineHook | None | Unset = UNSET,
        refresh_token_lifetime_minutes: int | None | Unset = UNSET,
        refresh_token_window_minutes: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access_token_lifetime_minutes is not UNSET:
            _set_field(self, "access_token_lifetime_minutes", access_token_lifetime_minutes)
        if inline_hook is not UNSET:
            _set_field(self, "inline_hook", inline_hook)
        if refresh_token_lifetime_minutes is not UNSET:
            _set_field(self, "refresh_token_lifetime_minutes", refresh_token_lifetime_minutes)
        if refresh_token_window_minutes is not UNSET:
            _set_field(self, "refresh_token_window_minutes", refresh_token_window_minutes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access_token_lifetime_minutes", UNSET)) is not UNSET:
            d["accessTokenLifetimeMinutes"] = v
        if (v := values.get("inline_hook", UNSET)) is not UNSET:
            d["inlineHook"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("refresh_token_lifetime_minutes", UNSET)) is not UNSET:
            d["refreshTokenLifetimeMinutes"] = v
        if (v := values.get("refresh_token_window_minutes", UNSET)) is not UNSET:
            d["refreshTokenWindowMinutes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accessTokenLifetimeMinutes", UNSET)) is not UNSET:
            obj.access_token_lifetime_minutes = v
        if (v := d.pop("inlineHook", UNSET)) is not UNSET:
            obj.inline_hook = _parse_inline_hook(v, False)
        if (v := d.pop("refreshTokenLifetimeMinutes", UNSET)) is not UNSET:
            obj.refresh_token_lifetime_minutes = v
        if (v := d.pop("refreshTokenWindowMinutes", UNSET)) is not UNSET:
            obj.refresh_token_window_minutes = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
