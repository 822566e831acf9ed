from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_and_instance_policy_rule_condition as _app_and_instance_policy_rule_condition
from . import app_instance_policy_rule_condition as _app_instance_policy_rule_condition
from . import before_scheduled_action_policy_rule_condition as _before_scheduled_action_policy_rule_condition
from . import client_policy_condition as _client_policy_condition
from . import context_policy_rule_condition as _context_policy_rule_condition
from . import device_policy_rule_condition as _device_policy_rule_condition
from . import grant_type_policy_rule_condition as _grant_type_policy_rule_condition
from . import group_policy_rule_condition as _group_policy_rule_condition
from . import identity_provider_policy_rule_condition as _identity_provider_policy_rule_condition
from . import mdm_enrollment_policy_rule_condition as _mdm_enrollment_policy_rule_condition
from . import o_auth_2_scopes_mediation_policy_rule_condition as _o_auth_2_scopes_mediation_policy_rule_condition
from . import password_policy_authentication_provider_condition as _password_policy_authentication_provider_condition
from . import platform_policy_rule_condition as _platform_policy_rule_condition
from . import policy_network_condition as _policy_network_condition
from . import policy_people_condition as _policy_people_condition
from . import policy_rule_auth_context_condition as _policy_rule_auth_context_condition
from . import risk_policy_rule_condition as _risk_policy_rule_condition
from . import risk_score_policy_rule_condition as _risk_score_policy_rule_condition
from . import user_identifier_policy_rule_condition as _user_identifier_policy_rule_condition
from . import user_policy_rule_condition as _user_policy_rule_condition
from . import user_status_policy_rule_condition as _user_status_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .app_and_instance_policy_rule_condition import AppAndInstancePolicyRuleCondition
    from .app_instance_policy_rule_condition import AppInstancePolicyRuleCondition
    from .before_scheduled_action_policy_rule_condition import BeforeScheduledActionPolicyRuleCondition
    from .client_policy_condition import ClientPolicyCondition
    from .context_policy_rule_condition import ContextPolicyRuleCondition
    from .device_policy_rule_condition import DevicePolicyRuleCondition
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .group_policy_rule_condition import GroupPolicyRuleCondition
    from .identity_provider_policy_rule_condition import IdentityProviderPolicyRuleCondition
    from .mdm_enrollment_policy_rule_condition import MDMEnrollmentPolicyRuleCondition
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition
    from .password_policy_authentication_provider_condition import PasswordPolicyAuthenticationProviderCondition
    from .platform_policy_rule_condition import PlatformPolicyRuleCondition
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .policy_rule_auth_context_condition import PolicyRuleAuthContextCondition
    from .risk_policy_rule_condition import RiskPolicyRuleCondition
    from .risk_score_policy_rule_condition import RiskScorePolicyRuleCondition
    from .user_identifier_policy_rule_condition import UserIdentifierPolicyRuleCondition
    from .user_policy_rule_condition import UserPolicyRuleCondition
    from .user_status_policy_rule_condition import UserStatusPolicyRuleCondition


@_attrs_define(kw_only=True)
class PolicyRuleConditions(OktaModel):
    """An Okta `PolicyRuleConditions`.

    Attributes:
        app: Specifies apps to include or exclude. If `include` is empty, then the condition is met for
            all apps.
        apps: AppInstancePolicyRuleCondition
        auth_context (`authContext`): Specifies an authentication entry point
        auth_provider (`authProvider`): Specifies an authentication provider that's the source of some or all users
        before_scheduled_action (`beforeScheduledAction`): BeforeScheduledActionPolicyRuleCondition
        clients: Specifies which clients are included in the policy
        context: ContextPolicyRuleCondition
        device: DevicePolicyRuleCondition
        grant_types (`grantTypes`): Array of grant types that this condition includes. Determines the mechanism that Okta uses
            to authorize the creation of the tokens.
        groups: Specifies a set of groups whose users are to be included or excluded
        identity_provider (`identityProvider`): Specifies the IdP that's used to sign in
        mdm_enrollment (`mdmEnrollment`): MDMEnrollmentPolicyRuleCondition
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        people: Specifies the users and groups that are included or excluded by the policy rule
        platform: Specifies a particular platform or device to match on
        risk: RiskPolicyRuleCondition
        risk_score (`riskScore`): Specifies a particular level of risk to match on
        scopes: Array of scopes that the condition includes
        user_identifier (`userIdentifier`): Specifies a user identifier condition to match on
        users: Specifies a set of Users to be included or excluded
        user_status (`userStatus`): UserStatusPolicyRuleCondition
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "apps": "apps",
        "authContext": "auth_context",
        "authProvider": "auth_provider",
        "beforeScheduledAction": "before_scheduled_action",
        "clients": "clients",
        "context": "context",
        "device": "device",
        "grantTypes": "grant_types",
        "groups": "groups",
        "identityProvider": "identity_provider",
        "mdmEnrollment": "mdm_enrollment",
        "network": "network",
        "people": "people",
        "platform": "platform",
        "risk": "risk",
        "riskScore": "risk_score",
        "scopes": "scopes",
        "userIdentifier": "user_identifier",
        "users": "users",
        "userStatus": "user_status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "apps": "model",
        "auth_context": "model",
        "auth_provider": "model",
        "before_scheduled_action": "model",
        "clients": "model",
        "context": "model",
        "device": "model",
        "grant_types": "model",
        "groups": "model",
        "identity_provider": "model",
        "mdm_enrollment": "model",
        "network": "model",
        "people": "model",
        "platform": "model",
        "risk": "model",
        "risk_score": "model",
        "scopes": "model",
        "user_identifier": "model",
        "users": "model",
        "user_status": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": lambda d: (
            _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition, v)
        ),
        "apps": lambda d: (
            _app_instance_policy_rule_condition.AppInstancePolicyRuleCondition.from_json(v)
            if (v := d.get("apps", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_instance_policy_rule_condition.AppInstancePolicyRuleCondition, v)
        ),
        "auth_context": lambda d: (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_json(v)
            if (v := d.get("authContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)
        ),
        "auth_provider": lambda d: (
            _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition.from_json(
                v
            )
            if (v := d.get("authProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition, v
            )
        ),
        "before_scheduled_action": lambda d: (
            _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition.from_json(v)
            if (v := d.get("beforeScheduledAction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition, v
            )
        ),
        "clients": lambda d: (
            _client_policy_condition.ClientPolicyCondition.from_json(v)
            if (v := d.get("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        ),
        "context": lambda d: (
            _context_policy_rule_condition.ContextPolicyRuleCondition.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_context_policy_rule_condition.ContextPolicyRuleCondition, v)
        ),
        "device": lambda d: (
            _device_policy_rule_condition.DevicePolicyRuleCondition.from_json(v)
            if (v := d.get("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition.DevicePolicyRuleCondition, v)
        ),
        "grant_types": lambda d: (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_json(v)
            if (v := d.get("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        ),
        "groups": lambda d: (
            _group_policy_rule_condition.GroupPolicyRuleCondition.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_policy_rule_condition.GroupPolicyRuleCondition, v)
        ),
        "identity_provider": lambda d: (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_json(v)
            if (v := d.get("identityProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)
        ),
        "mdm_enrollment": lambda d: (
            _mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition.from_json(v)
            if (v := d.get("mdmEnrollment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition, v)
        ),
        "network": lambda d: (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if (v := d.get("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        ),
        "people": lambda d: (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        ),
        "platform": lambda d: (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_json(v)
            if (v := d.get("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)
        ),
        "risk": lambda d: (
            _risk_policy_rule_condition.RiskPolicyRuleCondition.from_json(v)
            if (v := d.get("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_policy_rule_condition.RiskPolicyRuleCondition, v)
        ),
        "risk_score": lambda d: (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_json(v)
            if (v := d.get("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)
        ),
        "scopes": lambda d: (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_json(v)
            if (v := d.get("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
            )
        ),
        "user_identifier": lambda d: (
            _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_json(v)
            if (v := d.get("userIdentifier", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition, v)
        ),
        "users": lambda d: (
            _user_policy_rule_condition.UserPolicyRuleCondition.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_policy_rule_condition.UserPolicyRuleCondition, v)
        ),
        "user_status": lambda d: (
            _user_status_policy_rule_condition.UserStatusPolicyRuleCondition.from_json(v)
            if (v := d.get("userStatus", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_status_policy_rule_condition.UserStatusPolicyRuleCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyRuleConditions._json_names),
    }

    app: AppAndInstancePolicyRuleCondition | None | Unset = UNSET
    apps: AppInstancePolicyRuleCondition | None | Unset = UNSET
    auth_context: PolicyRuleAuthContextCondition | None | Unset = UNSET
    auth_provider: PasswordPolicyAuthenticationProviderCondition | None | Unset = UNSET
    before_scheduled_action: BeforeScheduledActionPolicyRuleCondition | None | Unset = UNSET
    clients: ClientPolicyCondition | None | Unset = UNSET
    context: ContextPolicyRuleCondition | None | Unset = UNSET
    device: DevicePolicyRuleCondition | None | Unset = UNSET
    grant_types: GrantTypePolicyRuleCondition | None | Unset = UNSET
    groups: GroupPolicyRuleCondition | None | Unset = UNSET
    identity_provider: IdentityProviderPolicyRuleCondition | None | Unset = UNSET
    mdm_enrollment: MDMEnrollmentPolicyRuleCondition | None | Unset = UNSET
    network: PolicyNetworkCondition | None | Unset = UNSET
    people: PolicyPeopleCondition | None | Unset = UNSET
    platform: PlatformPolicyRuleCondition | None | Unset = UNSET
    risk: RiskPolicyRuleCondition | None | Unset = UNSET
    risk_score: RiskScorePolicyRuleCondition | None | Unset = UNSET
    scopes: OAuth2ScopesMediationPolicyRuleCondition | None | Unset = UNSET
    user_identifier: UserIdentifierPolicyRuleCondition | None | Unset = UNSET
    users: UserPolicyRuleCondition | None | Unset = UNSET
    user_status: UserStatusPolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.apps is not UNSET:
            d["apps"] = _convert.dump_model(self.apps, omit_read_only)
        if self.auth_context is not UNSET:
            d["authContext"] = _convert.dump_model(self.auth_context, omit_read_only)
        if self.auth_provider is not UNSET:
            d["authProvider"] = _convert.dump_model(self.auth_provider, omit_read_only)
        if self.before_scheduled_action is not UNSET:
            d["beforeScheduledAction"] = _convert.dump_model(self.before_scheduled_action, omit_read_only)
        if self.clients is not UNSET:
            d["clients"] = _convert.dump_model(self.clients, omit_read_only)
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.device is not UNSET:
            d["device"] = _convert.dump_model(self.device, omit_read_only)
        if self.grant_types is not UNSET:
            d["grantTypes"] = _convert.dump_model(self.grant_types, omit_read_only)
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.identity_provider is not UNSET:
            d["identityProvider"] = _convert.dump_model(self.identity_provider, omit_read_only)
        if self.mdm_enrollment is not UNSET:
            d["mdmEnrollment"] = _convert.dump_model(self.mdm_enrollment, omit_read_only)
        if self.network is not UNSET:
            d["network"] = _convert.dump_model(self.network, omit_read_only)
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.platform is not UNSET:
            d["platform"] = _convert.dump_model(self.platform, omit_read_only)
        if self.risk is not UNSET:
            d["risk"] = _convert.dump_model(self.risk, omit_read_only)
        if self.risk_score is not UNSET:
            d["riskScore"] = _convert.dump_model(self.risk_score, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = _convert.dump_model(self.scopes, omit_read_only)
        if self.user_identifier is not UNSET:
            d["userIdentifier"] = _convert.dump_model(self.user_identifier, omit_read_only)
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
        if self.user_status is not UNSET:
            d["userStatus"] = _convert.dump_model(self.user_status, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app = (
            _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition, v)
        )
        obj.apps = (
            _app_instance_policy_rule_condition.AppInstancePolicyRuleCondition.from_dict(v)
            if (v := d.pop("apps", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_instance_policy_rule_condition.AppInstancePolicyRuleCondition, v)
        )
        obj.auth_context = (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_dict(v)
            if (v := d.pop("authContext", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)
        )
        obj.auth_provider = (
            _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition.from_dict(
                v
            )
            if (v := d.pop("authProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition, v
            )
        )
        obj.before_scheduled_action = (
            _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition.from_dict(v)
            if (v := d.pop("beforeScheduledAction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition, v
            )
        )
        obj.clients = (
            _client_policy_condition.ClientPolicyCondition.from_dict(v)
            if (v := d.pop("clients", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)
        )
        obj.context = (
            _context_policy_rule_condition.ContextPolicyRuleCondition.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_context_policy_rule_condition.ContextPolicyRuleCondition, v)
        )
        obj.device = (
            _device_policy_rule_condition.DevicePolicyRuleCondition.from_dict(v)
            if (v := d.pop("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_device_policy_rule_condition.DevicePolicyRuleCondition, v)
        )
        obj.grant_types = (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_dict(v)
            if (v := d.pop("grantTypes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)
        )
        obj.groups = (
            _group_policy_rule_condition.GroupPolicyRuleCondition.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_policy_rule_condition.GroupPolicyRuleCondition, v)
        )
        obj.identity_provider = (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_dict(v)
            if (v := d.pop("identityProvider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)
        )
        obj.mdm_enrollment = (
            _mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition.from_dict(v)
            if (v := d.pop("mdmEnrollment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition, v)
        )
        obj.network = (
            _policy_network_condition.PolicyNetworkCondition.from_dict(v)
            if (v := d.pop("network", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)
        )
        obj.people = (
            _policy_people_condition.PolicyPeopleCondition.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)
        )
        obj.platform = (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_dict(v)
            if (v := d.pop("platform", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)
        )
        obj.risk = (
            _risk_policy_rule_condition.RiskPolicyRuleCondition.from_dict(v)
            if (v := d.pop("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_policy_rule_condition.RiskPolicyRuleCondition, v)
        )
        obj.risk_score = (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_dict(v)
            if (v := d.pop("riskScore", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)
        )
        obj.scopes = (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_dict(v)
            if (v := d.pop("scopes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
            )
        )
        obj.user_identifier = (
            _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_dict(v)
            if (v := d.pop("userIdentifier", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition, v)
        )
        obj.users = (
            _user_policy_rule_condition.UserPolicyRuleCondition.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_policy_rule_condition.UserPolicyRuleCondition, v)
        )
        obj.user_status = (
            _user_status_policy_rule_condition.UserStatusPolicyRuleCondition.from_dict(v)
            if (v := d.pop("userStatus", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_status_policy_rule_condition.UserStatusPolicyRuleCondition, v)
        )
        obj.additional_properties = d
        return obj
