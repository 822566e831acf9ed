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

if TYPE_CHECKING:
    from typing import Self

    from .pre_registration_inline_hook import PreRegistrationInlineHook
    from .profile_enrollment_policy_rule_activation_requirement import ProfileEnrollmentPolicyRuleActivationRequirement
    from .profile_enrollment_policy_rule_profile_attribute import ProfileEnrollmentPolicyRuleProfileAttribute


@_attrs_define(kw_only=True)
class ProfileEnrollmentPolicyRuleAction(OktaModel):
    """An Okta `ProfileEnrollmentPolicyRuleAction`.

    Attributes:
        access: str
        activation_requirements (`activationRequirements`): ProfileEnrollmentPolicyRuleActivationRequirement
        pre_registration_inline_hooks (`preRegistrationInlineHooks`): list[PreRegistrationInlineHook]
        profile_attributes (`profileAttributes`): list[ProfileEnrollmentPolicyRuleProfileAttribute]
        target_group_ids (`targetGroupIds`): list[str]
        ui_schema_id (`uiSchemaId`): str
        unknown_user_action (`unknownUserAction`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access": "access",
        "activationRequirements": "activation_requirements",
        "preRegistrationInlineHooks": "pre_registration_inline_hooks",
        "profileAttributes": "profile_attributes",
        "targetGroupIds": "target_group_ids",
        "uiSchemaId": "ui_schema_id",
        "unknownUserAction": "unknown_user_action",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access": "str",
        "activation_requirements": "model",
        "pre_registration_inline_hooks": "list:model",
        "profile_attributes": "list:model",
        "target_group_ids": "list:str",
        "ui_schema_id": "str",
        "unknown_user_action": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access": "access",
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
        "pre_registration_inline_hooks": lambda d: _convert.parse_model_list(
            _pre_registration_inline_hook.PreRegistrationInlineHook.from_json,
            d.get("preRegistrationInlineHooks", UNSET),
        ),
        "profile_attributes": lambda d: _convert.parse_model_list(
            _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_json,
            d.get("profileAttributes", UNSET),
        ),
        "target_group_ids": "targetGroupIds",
        "ui_schema_id": "uiSchemaId",
        "unknown_user_action": "unknownUserAction",
        "additional_properties": lambda d: _convert.undeclared(d, ProfileEnrollmentPolicyRuleAction._json_names),
    }

    access: str | None | Unset = UNSET
    activation_requirements: ProfileEnrollmentPolicyRuleActivationRequirement | None | Unset = UNSET
    pre_registration_inline_hooks: list[PreRegistrationInlineHook] | None | Unset = UNSET
    profile_attributes: list[ProfileEnrollmentPolicyRuleProfileAttribute] | None | Unset = UNSET
    target_group_ids: list[str] | None | Unset = UNSET
    ui_schema_id: str | None | Unset = UNSET
    unknown_user_action: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access is not UNSET:
            d["access"] = self.access
        if self.activation_requirements is not UNSET:
            d["activationRequirements"] = _convert.dump_model(self.activation_requirements, omit_read_only)
        if self.pre_registration_inline_hooks is not UNSET:
            d["preRegistrationInlineHooks"] = _convert.dump_model_list(
                self.pre_registration_inline_hooks, omit_read_only
            )
        if self.profile_attributes is not UNSET:
            d["profileAttributes"] = _convert.dump_model_list(self.profile_attributes, omit_read_only)
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
        obj.access = d.pop("access", UNSET)
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
        obj.pre_registration_inline_hooks = _convert.parse_model_list(
            _pre_registration_inline_hook.PreRegistrationInlineHook.from_dict,
            d.pop("preRegistrationInlineHooks", UNSET),
        )
        obj.profile_attributes = _convert.parse_model_list(
            _profile_enrollment_policy_rule_profile_attribute.ProfileEnrollmentPolicyRuleProfileAttribute.from_dict,
            d.pop("profileAttributes", UNSET),
        )
        obj.target_group_ids = d.pop("targetGroupIds", UNSET)
        obj.ui_schema_id = d.pop("uiSchemaId", UNSET)
        obj.unknown_user_action = d.pop("unknownUserAction", UNSET)
        obj.additional_properties = d
        return obj
