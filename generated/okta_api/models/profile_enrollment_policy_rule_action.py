from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_access = _convert.enum_parser(ProfileEnrollmentPolicyRuleActionAccess)


def _parse_activation_requirements(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement.from_json(
                v
            )
            if lazy
            else _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _profile_enrollment_policy_rule_activation_requirement.ProfileEnrollmentPolicyRuleActivationRequirement, v
    )


def _parse_pre_registration_inline_hooks(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _pre_registration_inline_hook.PreRegistrationInlineHook.from_json
        if lazy
        else _pre_registration_inline_hook.PreRegistrationInlineHook.from_dict,
        v,
    )


def _parse_profile_attributes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_json
        if lazy
        else _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_dict,
        v,
    )


_parse_progressive_profiling_action = _convert.enum_parser(ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction)

_parse_unknown_user_action = _convert.enum_parser(ProfileEnrollmentPolicyRuleActionUnknownUserAction)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access": ("access", _parse_access),
        "activation_requirements": ("activationRequirements", _parse_activation_requirements),
        "allowed_identifiers": ("allowedIdentifiers", None),
        "enroll_authenticator_types": ("enrollAuthenticatorTypes", None),
        "pre_registration_inline_hooks": ("preRegistrationInlineHooks", _parse_pre_registration_inline_hooks),
        "profile_attributes": ("profileAttributes", _parse_profile_attributes),
        "progressive_profiling_action": ("progressiveProfilingAction", _parse_progressive_profiling_action),
        "target_group_ids": ("targetGroupIds", None),
        "ui_schema_id": ("uiSchemaId", None),
        "unknown_user_action": ("unknownUserAction", _parse_unknown_user_action),
    }

    access: ProfileEnrollmentPolicyRuleActionAccess | None = _attrs_field(init=False)
    activation_requirements: ProfileEnrollmentPolicyRuleActivationRequirement | None = _attrs_field(init=False)
    allowed_identifiers: list[str] | None = _attrs_field(init=False)
    enroll_authenticator_types: list[str] | None = _attrs_field(init=False)
    pre_registration_inline_hooks: list[PreRegistrationInlineHook] | None = _attrs_field(init=False)
    profile_attributes: list[ProfileEnrollmentPolicyRuleProfileAttribute] | None = _attrs_field(init=False)
    progressive_profiling_action: ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction | None = _attrs_field(
        init=False
    )
    target_group_ids: list[str] | None = _attrs_field(init=False)
    ui_schema_id: str | None = _attrs_field(init=False)
    unknown_user_action: ProfileEnrollmentPolicyRuleActionUnknownUserAction | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access: ProfileEnrollmentPolicyRuleActionAccess | None | Unset = UNSET,
        activation_requirements: ProfileEnrollmentPolicyRuleActivationRequirement | None | Unset = UNSET,
        allowed_identifiers: list[str] | None | Unset = UNSET,
        enroll_authenticator_types: list[str] | None | Unset = UNSET,
        pre_registration_inline_hooks: list[PreRegistrationInlineHook] | None | Unset = UNSET,
        profile_attributes: list[ProfileEnrollmentPolicyRuleProfileAttribute] | None | Unset = UNSET,
        progressive_profiling_action: ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction
        | None
        | Unset = UNSET,
        target_group_ids: list[str] | None | Unset = UNSET,
        ui_schema_id: str | None | Unset = UNSET,
        unknown_user_action: ProfileEnrollmentPolicyRuleActionUnknownUserAction | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access is not UNSET:
            _set_field(self, "access", access)
        if activation_requirements is not UNSET:
            _set_field(self, "activation_requirements", activation_requirements)
        if allowed_identifiers is not UNSET:
            _set_field(self, "allowed_identifiers", allowed_identifiers)
        if enroll_authenticator_types is not UNSET:
            _set_field(self, "enroll_authenticator_types", enroll_authenticator_types)
        if pre_registration_inline_hooks is not UNSET:
            _set_field(self, "pre_registration_inline_hooks", pre_registration_inline_hooks)
        if profile_attributes is not UNSET:
            _set_field(self, "profile_attributes", profile_attributes)
        if progressive_profiling_action is not UNSET:
            _set_field(self, "progressive_profiling_action", progressive_profiling_action)
        if target_group_ids is not UNSET:
            _set_field(self, "target_group_ids", target_group_ids)
        if ui_schema_id is not UNSET:
            _set_field(self, "ui_schema_id", ui_schema_id)
        if unknown_user_action is not UNSET:
            _set_field(self, "unknown_user_action", unknown_user_action)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access", UNSET)) is not UNSET:
            d["access"] = v
        if (v := values.get("activation_requirements", UNSET)) is not UNSET:
            d["activationRequirements"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("allowed_identifiers", UNSET)) is not UNSET:
            d["allowedIdentifiers"] = v
        if (v := values.get("enroll_authenticator_types", UNSET)) is not UNSET:
            d["enrollAuthenticatorTypes"] = v
        if (v := values.get("pre_registration_inline_hooks", UNSET)) is not UNSET:
            d["preRegistrationInlineHooks"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("profile_attributes", UNSET)) is not UNSET:
            d["profileAttributes"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("progressive_profiling_action", UNSET)) is not UNSET:
            d["progressiveProfilingAction"] = v
        if (v := values.get("target_group_ids", UNSET)) is not UNSET:
            d["targetGroupIds"] = v
        if (v := values.get("ui_schema_id", UNSET)) is not UNSET:
            d["uiSchemaId"] = v
        if (v := values.get("unknown_user_action", UNSET)) is not UNSET:
            d["unknownUserAction"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("access", UNSET)) is not UNSET:
            obj.access = _parse_access(v, False)
        if (v := d.pop("activationRequirements", UNSET)) is not UNSET:
            obj.activation_requirements = _parse_activation_requirements(v, False)
        if (v := d.pop("allowedIdentifiers", UNSET)) is not UNSET:
            obj.allowed_identifiers = v
        if (v := d.pop("enrollAuthenticatorTypes", UNSET)) is not UNSET:
            obj.enroll_authenticator_types = v
        if (v := d.pop("preRegistrationInlineHooks", UNSET)) is not UNSET:
            obj.pre_registration_inline_hooks = _parse_pre_registration_inline_hooks(v, False)
        if (v := d.pop("profileAttributes", UNSET)) is not UNSET:
            obj.profile_attributes = _parse_profile_attributes(v, False)
        if (v := d.pop("progressiveProfilingAction", UNSET)) is not UNSET:
            obj.progressive_profiling_action = _parse_progressive_profiling_action(v, False)
        if (v := d.pop("targetGroupIds", UNSET)) is not UNSET:
            obj.target_group_ids = v
        if (v := d.pop("uiSchemaId", UNSET)) is not UNSET:
            obj.ui_schema_id = v
        if (v := d.pop("unknownUserAction", UNSET)) is not UNSET:
            obj.unknown_user_action = _parse_unknown_user_action(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
