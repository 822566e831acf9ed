from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authenticator_enrollment_policy_rule_action_enroll_self import AuthenticatorEnrollmentPolicyRuleActionEnrollSelf

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentPolicyRuleActionEnroll(OktaModel):
    """Specifies when or if the user is prompted to enroll an authenticator
    > **Note:** The `CHALLENGE` and `LOGIN` options have identical behaviors in Identity Engine. `LOGIN`
    is primarily used in authenticator enrollment policies created in Classic Engine orgs.

    Attributes:
        self_ (`self`): AuthenticatorEnrollmentPolicyRuleActionEnrollSelf
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyRuleActionEnrollSelf, v)
            if (v := d.get("self", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorEnrollmentPolicyRuleActionEnroll._json_names
        ),
    }

    self_: AuthenticatorEnrollmentPolicyRuleActionEnrollSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = self.self_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyRuleActionEnrollSelf, v)
            if (v := d.pop("self", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
