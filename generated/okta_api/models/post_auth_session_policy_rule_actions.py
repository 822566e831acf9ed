from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    post_auth_session_policy_rule_actions_post_auth_session as _post_auth_session_policy_rule_actions_post_auth_session,
)

if TYPE_CHECKING:
    from typing import Self

    from .post_auth_session_policy_rule_actions_post_auth_session import PostAuthSessionPolicyRuleActionsPostAuthSession


@_attrs_define(kw_only=True)
class PostAuthSessionPolicyRuleActions(OktaModel):
    """The action to take in response to a failure of the reevaluated global session policy or
    authentication polices

    Attributes:
        post_auth_session (`postAuthSession`): This object contains a `failureActions` array that defines the specific action to take
            when the session protection policy detects a failure
    """

    _json_names: ClassVar[dict[str, str]] = {
        "postAuthSession": "post_auth_session",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "post_auth_session": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "post_auth_session": lambda d: (
            _post_auth_session_policy_rule_actions_post_auth_session.PostAuthSessionPolicyRuleActionsPostAuthSession.from_json(
                v
            )
            if (v := d.get("postAuthSession", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _post_auth_session_policy_rule_actions_post_auth_session.PostAuthSessionPolicyRuleActionsPostAuthSession,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PostAuthSessionPolicyRuleActions._json_names),
    }

    post_auth_session: PostAuthSessionPolicyRuleActionsPostAuthSession | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.post_auth_session is not UNSET:
            d["postAuthSession"] = _convert.dump_model(self.post_auth_session, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.post_auth_session = (
            _post_auth_session_policy_rule_actions_post_auth_session.PostAuthSessionPolicyRuleActionsPostAuthSession.from_dict(
                v
            )
            if (v := d.pop("postAuthSession", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _post_auth_session_policy_rule_actions_post_auth_session.PostAuthSessionPolicyRuleActionsPostAuthSession,
                v,
            )
        )
        obj.additional_properties = d
        return obj
