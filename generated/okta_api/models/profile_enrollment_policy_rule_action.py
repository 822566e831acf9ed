from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import pre_registration_inline_hook as _pre_registration_inline_hook
from . import (
    profile_enrollment_policy_rule_activation_requirement as _profile_enrollment_policy_rule_activation_requirement,
)
from . import profile_enrollment_policy_rule_profile_attribute as _profile_enrollment_policy_rule_profile_attribute
from .profile_enrollment_policy_rule_action_access import ProfileEnrollmentPolicyRuleActionAccess
from .profile_enrollment_policy_rule_action_progressive_profiling_action import (
    ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction,
)
from .profile_enrollment_policy_rule_action_unknown_user_action import (
    ProfileEnrollmentPolicyRuleActionUnknownUserAction,
)

if TYPE_CHECKING:
    from typing import Self

    from .pre_registration_inline_hook import PreRegistrationInlineHook
    from .profile_enrollment_policy_rule_activation_requirement import ProfileEnrollmentPolicyRuleActivationRequirement
    from .profile_enrollment_policy_rule_profile_attribute import ProfileEnrollmentPolicyRuleProfileAttribute


@_attrs_define(kw_only=True)
class ProfileEnrollmentPolicyRuleAction(OktaModel):
    """An Okta `ProfileEnrollmentPolicyRuleAction`.

    Attributes:
        access: Indicates if the user profile is granted access

            > **Note:** You can't set the `access` property to `DENY` after you create the policy
        activation_requirements (`activationRequirements`): Contains a single Boolean property that indicates whether `emailVerification` should occur
            (`true`) or not (`false`, default)
        allowed_identifiers (`allowedIdentifiers`): A list of attributes to identify an end user. Can be used across Okta sign-in, unlock, and
            recovery flows.
        enroll_authenticator_types (`enrollAuthenticatorTypes`): Additional authenticator fields that can be used on the first page of user registration.
            Valid values only includes `'password'`.
        pre_registration_inline_hooks (`preRegistrationInlineHooks`): (Optional) The `id` of at most one registration inline hook
        profile_attributes (`profileAttributes`): A list of attributes to prompt the user for during registration or progressive profiling.
            Where defined on the user schema, these attributes are persisted in the user profile. You
            can also add non-schema attributes, which aren't persisted to the user's profile, but are
            included in requests to the registration inline hook. A maximum of 10 profile properties
            is supported.
        progressive_profiling_action (`progressiveProfilingAction`): Progressive profile enrollment helps evaluate the user profile policy at every user login.
            Users can be prompted to provide input for newly required attributes.
        target_group_ids (`targetGroupIds`): (Optional, max 1 entry) The `id` of a group that this user should be added to
        ui_schema_id (`uiSchemaId`): Value created by the backend. If present, all policy updates must include this
            attribute/value.
        unknown_user_action (`unknownUserAction`): Which action should be taken if this user is new
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access": "access",
        "activationRequirements": "activation_requirements",
        "allowedIdentifiers": "allowed_identifiers",
        "enrollAuthenticatorTypes": "enroll_authenticator_types",
        "preRegistrationInlineHooks": "pre_registration_inline_hooks",
        "profileAttributes": "profile_attributes",
        "progressiveProfilingAction": "progressive_profiling_action",
        "targetGroupIds": "target_group_ids",
        "uiSchemaId": "ui_schema_id",
        "unknownUserAction": "unknown_user_action",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access": "enum",
        "activation_requirements": "model",
        "allowed_identifiers": "list:str",
        "enroll_authenticator_types": "list:str",
        "pre_registration_inline_hooks": "list:model",
        "profile_attributes": "list:model",
        "progressive_profiling_action": "enum",
        "target_group_ids": "list:str",
        "ui_schema_id": "str",
        "unknown_user_action": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access": lambda d: (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionAccess, v)
            if (v := d.get("access", UNSET)).__class__ is str
            else v
        ),
        "activation_requirements": lambda d: (
            _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement.from_json(
                v
            )
            if (v := d.get("activationRequirements", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement,
                v,
            )
        ),
        "allowed_identifiers": "allowedIdentifiers",
        "enroll_authenticator_types": "enrollAuthenticatorTypes",
        "pre_registration_inline_hooks": lambda d: _convert.parse_model_list(
            _pre_registration_inline_hook.PreRegistrationInlineHook.from_json,
            d.get("preRegistrationInlineHooks", UNSET),
        ),
        "profile_attributes": lambda d: _convert.parse_model_list(
            _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_json,
            d.get("profileAttributes", UNSET),
        ),
        "progressive_profiling_action": lambda d: (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction, v)
            if (v := d.get("progressiveProfilingAction", UNSET)).__class__ is str
            else v
        ),
        "target_group_ids": "targetGroupIds",
        "ui_schema_id": "uiSchemaId",
        "unknown_user_action": lambda d: (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionUnknownUserAction, v)
            if (v := d.get("unknownUserAction", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileEnrollmentPolicyRuleAction._json_names),
    }

    access: ProfileEnrollmentPolicyRuleActionAccess | None | Unset = UNSET
    activation_requirements: ProfileEnrollmentPolicyRuleActivationRequirement | None | Unset = UNSET
    allowed_identifiers: list[str] | None | Unset = UNSET
    enroll_authenticator_types: list[str] | None | Unset = UNSET
    pre_registration_inline_hooks: list[PreRegistrationInlineHook] | None | Unset = UNSET
    profile_attributes: list[ProfileEnrollmentPolicyRuleProfileAttribute] | None | Unset = UNSET
    progressive_profiling_action: ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction | None | Unset = UNSET
    target_group_ids: list[str] | None | Unset = UNSET
    ui_schema_id: str | None | Unset = UNSET
    unknown_user_action: ProfileEnrollmentPolicyRuleActionUnknownUserAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access is not UNSET:
            d["access"] = self.access
        if self.activation_requirements is not UNSET:
            d["activationRequirements"] = _convert.dump_model(self.activation_requirements, omit_read_only)
        if self.allowed_identifiers is not UNSET:
            d["allowedIdentifiers"] = self.allowed_identifiers
        if self.enroll_authenticator_types is not UNSET:
            d["enrollAuthenticatorTypes"] = self.enroll_authenticator_types
        if self.pre_registration_inline_hooks is not UNSET:
            d["preRegistrationInlineHooks"] = _convert.dump_model_list(
                self.pre_registration_inline_hooks, omit_read_only
            )
        if self.profile_attributes is not UNSET:
            d["profileAttributes"] = _convert.dump_model_list(self.profile_attributes, omit_read_only)
        if self.progressive_profiling_action is not UNSET:
            d["progressiveProfilingAction"] = self.progressive_profiling_action
        if self.target_group_ids is not UNSET:
            d["targetGroupIds"] = self.target_group_ids
        if self.ui_schema_id is not UNSET:
            d["uiSchemaId"] = self.ui_schema_id
        if self.unknown_user_action is not UNSET:
            d["unknownUserAction"] = self.unknown_user_action
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access = (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionAccess, v)
            if (v := d.pop("access", UNSET)).__class__ is str
            else v
        )
        obj.activation_requirements = (
            _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement.from_dict(
                v
            )
            if (v := d.pop("activationRequirements", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement,
                v,
            )
        )
        obj.allowed_identifiers = d.pop("allowedIdentifiers", UNSET)
        obj.enroll_authenticator_types = d.pop("enrollAuthenticatorTypes", UNSET)
        obj.pre_registration_inline_hooks = _convert.parse_model_list(
            _pre_registration_inline_hook.PreRegistrationInlineHook.from_dict,
            d.pop("preRegistrationInlineHooks", UNSET),
        )
        obj.profile_attributes = _convert.parse_model_list(
            _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_dict,
            d.pop("profileAttributes", UNSET),
        )
        obj.progressive_profiling_action = (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction, v)
            if (v := d.pop("progressiveProfilingAction", UNSET)).__class__ is str
            else v
        )
        obj.target_group_ids = d.pop("targetGroupIds", UNSET)
        obj.ui_schema_id = d.pop("uiSchemaId", UNSET)
        obj.unknown_user_action = (
            _convert.parse_enum(ProfileEnrollmentPolicyRuleActionUnknownUserAction, v)
            if (v := d.pop("unknownUserAction", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
