from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    authenticator_enrollment_policy_rule_conditions_people_users as _authenticator_enrollment_policy_rule_conditions_people_users,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_enrollment_policy_rule_conditions_people_users import (
        AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers,
    )


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentPolicyRuleConditionsPeople(OktaModel):
    """Identifies users and groups that are used together

    Attributes:
        users: Specifies a set of users to be included or excluded
    """

    _json_names: ClassVar[dict[str, str]] = {
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "users": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "users": lambda d: (
            _authenticator_enrollment_policy_rule_conditions_people_users.AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers.from_json(
                v
            )
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_rule_conditions_people_users.AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorEnrollmentPolicyRuleConditionsPeople._json_names
        ),
    }

    users: AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.users = (
            _authenticator_enrollment_policy_rule_conditions_people_users.AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers.from_dict(
                v
            )
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_rule_conditions_people_users.AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers,
                v,
            )
        )
        obj.additional_properties = d
        return obj
