from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import authenticator_enrollment_policy_rule_action_enroll as _authenticator_enrollment_policy_rule_action_enroll
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_enrollment_policy_rule_action_enroll import AuthenticatorEnrollmentPolicyRuleActionEnroll


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentPolicyRuleActions(PolicyRuleActions):
    """An Okta `AuthenticatorEnrollmentPolicyRuleActions`.

    Attributes:
        enroll: Specifies when or if the user is prompted to enroll an authenticator
            > **Note:** The `CHALLENGE` and `LOGIN` options have identical behaviors in Identity
            Engine. `LOGIN` is primarily used in authenticator enrollment policies created in Classic
            Engine orgs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enroll": "enroll",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enroll": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enroll": lambda d: (
            _authenticator_enrollment_policy_rule_action_enroll.AuthenticatorEnrollmentPolicyRuleActionEnroll.from_json(
                v
            )
            if (v := d.get("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_rule_action_enroll.AuthenticatorEnrollmentPolicyRuleActionEnroll, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorEnrollmentPolicyRuleActions._json_names),
    }

    enroll: AuthenticatorEnrollmentPolicyRuleActionEnroll | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enroll is not UNSET:
            d["enroll"] = _convert.dump_model(self.enroll, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enroll = (
            _authenticator_enrollment_policy_rule_action_enroll.AuthenticatorEnrollmentPolicyRuleActionEnroll.from_dict(
                v
            )
            if (v := d.pop("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_rule_action_enroll.AuthenticatorEnrollmentPolicyRuleActionEnroll, v
            )
        )
        obj.additional_properties = d
        return obj
