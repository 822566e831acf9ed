from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import profile_enrollment_policy_rule_action as _profile_enrollment_policy_rule_action
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .profile_enrollment_policy_rule_action import ProfileEnrollmentPolicyRuleAction


@_attrs_define(kw_only=True)
class ProfileEnrollmentPolicyRuleActions(PolicyRuleActions):
    """An Okta `ProfileEnrollmentPolicyRuleActions`.

    Attributes:
        profile_enrollment (`profileEnrollment`): ProfileEnrollmentPolicyRuleAction
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profileEnrollment": "profile_enrollment",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile_enrollment": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile_enrollment": lambda d: (
            _profile_enrollment_policy_rule_action.ProfileEnrollmentPolicyRuleAction.from_json(v)
            if (v := d.get("profileEnrollment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_enrollment_policy_rule_action.ProfileEnrollmentPolicyRuleAction, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileEnrollmentPolicyRuleActions._json_names),
    }

    profile_enrollment: ProfileEnrollmentPolicyRuleAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile_enrollment is not UNSET:
            d["profileEnrollment"] = _convert.dump_model(self.profile_enrollment, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profile_enrollment = (
            _profile_enrollment_policy_rule_action.ProfileEnrollmentPolicyRuleAction.from_dict(v)
            if (v := d.pop("profileEnrollment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile_enrollment_policy_rule_action.ProfileEnrollmentPolicyRuleAction, v)
        )
        obj.additional_properties = d
        return obj
