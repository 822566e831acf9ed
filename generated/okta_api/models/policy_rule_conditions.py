from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_json(v)
            if lazy
            else _app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_app_and_instance_policy_rule_condition.AppAndInstancePolicyRuleCondition, v)


def _parse_apps(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_instance_policy_rule_condition.AppInstancePolicyRuleCondition.from_json(v)
            if lazy
            else _app_instance_policy_rule_condition.AppInstancePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_app_instance_policy_rule_condition.AppInstancePolicyRuleCondition, v)


def _parse_auth_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_json(v)
            if lazy
            else _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)


def _parse_auth_provider(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition.from_json(
                v
            )
            if lazy
            else _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _password_policy_authentication_provider_condition.PasswordPolicyAuthenticationProviderCondition, v
    )


def _parse_before_scheduled_action(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition.from_json(v)
            if lazy
            else _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(
        _before_scheduled_action_policy_rule_condition.BeforeScheduledActionPolicyRuleCondition, v
    )


def _parse_clients(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _client_policy_condition.ClientPolicyCondition.from_json(v)
            if lazy
            else _client_policy_condition.ClientPolicyCondition.from_dict(v)
        )
    return _convert.parse_model(_client_policy_condition.ClientPolicyCondition, v)


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _context_policy_rule_condition.ContextPolicyRuleCondition.from_json(v)
            if lazy
            else _context_policy_rule_condition.ContextPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_context_policy_rule_condition.ContextPolicyRuleCondition, v)


def _parse_device(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_policy_rule_condition.DevicePolicyRuleCondition.from_json(v)
            if lazy
            else _device_policy_rule_condition.DevicePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_device_policy_rule_condition.DevicePolicyRuleCondition, v)


def _parse_grant_types(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_json(v)
            if lazy
            else _grant_type_policy_rule_condition.GrantTypePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_grant_type_policy_rule_condition.GrantTypePolicyRuleCondition, v)


def _parse_groups(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_policy_rule_condition.GroupPolicyRuleCondition.from_json(v)
            if lazy
            else _group_policy_rule_condition.GroupPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_group_policy_rule_condition.GroupPolicyRuleCondition, v)


def _parse_identity_provider(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_json(v)
            if lazy
            else _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)


def _parse_mdm_enrollment(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition.from_json(v)
            if lazy
            else _mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_mdm_enrollment_policy_rule_condition.MDMEnrollmentPolicyRuleCondition, v)


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if lazy
            else _policy_network_condition.PolicyNetworkCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)


def _parse_people(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if lazy
            else _policy_people_condition.PolicyPeopleCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)


def _parse_platform(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_json(v)
            if lazy
            else _platform_policy_rule_condition.PlatformPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_platform_policy_rule_condition.PlatformPolicyRuleCondition, v)


def _parse_risk(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _risk_policy_rule_condition.RiskPolicyRuleCondition.from_json(v)
            if lazy
            else _risk_policy_rule_condition.RiskPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_risk_policy_rule_condition.RiskPolicyRuleCondition, v)


def _parse_risk_score(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_json(v)
            if lazy
            else _risk_score_policy_rule_condition.RiskScorePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_risk_score_policy_rule_condition.RiskScorePolicyRuleCondition, v)


def _parse_scopes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_json(v)
            if lazy
            else _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(
        _o_auth_2_scopes_mediation_policy_rule_condition.OAuth2ScopesMediationPolicyRuleCondition, v
    )


def _parse_user_identifier(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_json(v)
            if lazy
            else _user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_user_identifier_policy_rule_condition.UserIdentifierPolicyRuleCondition, v)


def _parse_users(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_policy_rule_condition.UserPolicyRuleCondition.from_json(v)
            if lazy
            else _user_policy_rule_condition.UserPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_user_policy_rule_condition.UserPolicyRuleCondition, v)


def _parse_user_status(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_status_policy_rule_condition.UserStatusPolicyRuleCondition.from_json(v)
            if lazy
            else _user_status_policy_rule_condition.UserStatusPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_user_status_policy_rule_condition.UserStatusPolicyRuleCondition, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "app": ("app", _parse_app),
        "apps": ("apps", _parse_apps),
        "auth_context": ("authContext", _parse_auth_context),
        "auth_provider": ("authProvider", _parse_auth_provider),
        "before_scheduled_action": ("beforeScheduledAction", _parse_before_scheduled_action),
        "clients": ("clients", _parse_clients),
        "context": ("context", _parse_context),
        "device": ("device", _parse_device),
        "grant_types": ("grantTypes", _parse_grant_types),
        "groups": ("groups", _parse_groups),
        "identity_provider": ("identityProvider", _parse_identity_provider),
        "mdm_enrollment": ("mdmEnrollment", _parse_mdm_enrollment),
        "network": ("network", _parse_network),
        "people": ("people", _parse_people),
        "platform": ("platform", _parse_platform),
        "risk": ("risk", _parse_risk),
        "risk_score": ("riskScore", _parse_risk_score),
        "scopes": ("scopes", _parse_scopes),
        "user_identifier": ("userIdentifier", _parse_user_identifier),
        "users": ("users", _parse_users),
        "user_status": ("userStatus", _parse_user_status),
    }

    app: AppAndInstancePolicyRuleCondition | None = _attrs_field(init=False)
    apps: AppInstancePolicyRuleCondition | None = _attrs_field(init=False)
    auth_context: PolicyRuleAuthContextCondition | None = _attrs_field(init=False)
    auth_provider: PasswordPolicyAuthenticationProviderCondition | None = _attrs_field(init=False)
    before_scheduled_action: BeforeScheduledActionPolicyRuleCondition | None = _attrs_field(init=False)
    clients: ClientPolicyCondition | None = _attrs_field(init=False)
    context: ContextPolicyRuleCondition | None = _attrs_field(init=False)
    device: DevicePolicyRuleCondition | None = _attrs_field(init=False)
    grant_types: GrantTypePolicyRuleCondition | None = _attrs_field(init=False)
    groups: GroupPolicyRuleCondition | None = _attrs_field(init=False)
    identity_provider: IdentityProviderPolicyRuleCondition | None = _attrs_field(init=False)
    mdm_enrollment: MDMEnrollmentPolicyRuleCondition | None = _attrs_field(init=False)
    network: PolicyNetworkCondition | None = _attrs_field(init=False)
    people: PolicyPeopleCondition | None = _attrs_field(init=False)
    platform: PlatformPolicyRuleCondition | None = _attrs_field(init=False)
    risk: RiskPolicyRuleCondition | None = _attrs_field(init=False)
    risk_score: RiskScorePolicyRuleCondition | None = _attrs_field(init=False)
    scopes: OAuth2ScopesMediationPolicyRuleCondition | None = _attrs_field(init=False)
    user_identifier: UserIdentifierPolicyRuleCondition | None = _attrs_field(init=False)
    users: UserPolicyRuleCondition | None = _attrs_field(init=False)
    user_status: UserStatusPolicyRuleCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app: AppAndInstancePolicyRuleCondition | None | Unset = UNSET,
        apps: AppInstancePolicyRuleCondition | None | Unset = UNSET,
        auth_context: PolicyRuleAuthContextCondition | None | Unset = UNSET,
        auth_provider: PasswordPolicyAuthenticationProviderCondition | None | Unset = UNSET,
        before_scheduled_action: BeforeScheduledActionPolicyRuleCondition | None | Unset = UNSET,
        clients: ClientPolicyCondition | None | Unset = UNSET,
        context: ContextPolicyRuleCondition | None | Unset = UNSET,
        device: DevicePolicyRuleCondition | None | Unset = UNSET,
        grant_types: GrantTypePolicyRuleCondition | None | Unset = UNSET,
        groups: GroupPolicyRuleCondition | None | Unset = UNSET,
        identity_provider: IdentityProviderPolicyRuleCondition | None | Unset = UNSET,
        mdm_enrollment: MDMEnrollmentPolicyRuleCondition | None | Unset = UNSET,
        network: PolicyNetworkCondition | None | Unset = UNSET,
        people: PolicyPeopleCondition | None | Unset = UNSET,
        platform: PlatformPolicyRuleCondition | None | Unset = UNSET,
        risk: RiskPolicyRuleCondition | None | Unset = UNSET,
        risk_score: RiskScorePolicyRuleCondition | None | Unset = UNSET,
        scopes: OAuth2ScopesMediationPolicyRuleCondition | None | Unset = UNSET,
        user_identifier: UserIdentifierPolicyRuleCondition | None | Unset = UNSET,
        users: UserPolicyRuleCondition | None | Unset = UNSET,
        user_status: UserStatusPolicyRuleCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app is not UNSET:
            _set_field(self, "app", app)
        if apps is not UNSET:
            _set_field(self, "apps", apps)
        if auth_context is not UNSET:
            _set_field(self, "auth_context", auth_context)
        if auth_provider is not UNSET:
            _set_field(self, "auth_provider", auth_provider)
        if before_scheduled_action is not UNSET:
            _set_field(self, "before_scheduled_action", before_scheduled_action)
        if clients is not UNSET:
            _set_field(self, "clients", clients)
        if context is not UNSET:
            _set_field(self, "context", context)
        if device is not UNSET:
            _set_field(self, "device", device)
        if grant_types is not UNSET:
            _set_field(self, "grant_types", grant_types)
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        if identity_provider is not UNSET:
            _set_field(self, "identity_provider", identity_provider)
        if mdm_enrollment is not UNSET:
            _set_field(self, "mdm_enrollment", mdm_enrollment)
        if network is not UNSET:
            _set_field(self, "network", network)
        if people is not UNSET:
            _set_field(self, "people", people)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if risk is not UNSET:
            _set_field(self, "risk", risk)
        if risk_score is not UNSET:
            _set_field(self, "risk_score", risk_score)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if user_identifier is not UNSET:
            _set_field(self, "user_identifier", user_identifier)
        if users is not UNSET:
            _set_field(self, "users", users)
        if user_status is not UNSET:
            _set_field(self, "user_status", user_status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("apps", UNSET)) is not UNSET:
            d["apps"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("auth_context", UNSET)) is not UNSET:
            d["authContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("auth_provider", UNSET)) is not UNSET:
            d["authProvider"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("before_scheduled_action", UNSET)) is not UNSET:
            d["beforeScheduledAction"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("clients", UNSET)) is not UNSET:
            d["clients"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("device", UNSET)) is not UNSET:
            d["device"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("grant_types", UNSET)) is not UNSET:
            d["grantTypes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("identity_provider", UNSET)) is not UNSET:
            d["identityProvider"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("mdm_enrollment", UNSET)) is not UNSET:
            d["mdmEnrollment"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("people", UNSET)) is not UNSET:
            d["people"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk", UNSET)) is not UNSET:
            d["risk"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk_score", UNSET)) is not UNSET:
            d["riskScore"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_identifier", UNSET)) is not UNSET:
            d["userIdentifier"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("users", UNSET)) is not UNSET:
            d["users"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_status", UNSET)) is not UNSET:
            d["userStatus"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        if (v := d.pop("apps", UNSET)) is not UNSET:
            obj.apps = _parse_apps(v, False)
        if (v := d.pop("authContext", UNSET)) is not UNSET:
            obj.auth_context = _parse_auth_context(v, False)
        if (v := d.pop("authProvider", UNSET)) is not UNSET:
            obj.auth_provider = _parse_auth_provider(v, False)
        if (v := d.pop("beforeScheduledAction", UNSET)) is not UNSET:
            obj.before_scheduled_action = _parse_before_scheduled_action(v, False)
        if (v := d.pop("clients", UNSET)) is not UNSET:
            obj.clients = _parse_clients(v, False)
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = _parse_device(v, False)
        if (v := d.pop("grantTypes", UNSET)) is not UNSET:
            obj.grant_types = _parse_grant_types(v, False)
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = _parse_groups(v, False)
        if (v := d.pop("identityProvider", UNSET)) is not UNSET:
            obj.identity_provider = _parse_identity_provider(v, False)
        if (v := d.pop("mdmEnrollment", UNSET)) is not UNSET:
            obj.mdm_enrollment = _parse_mdm_enrollment(v, False)
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("people", UNSET)) is not UNSET:
            obj.people = _parse_people(v, False)
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = _parse_platform(v, False)
        if (v := d.pop("risk", UNSET)) is not UNSET:
            obj.risk = _parse_risk(v, False)
        if (v := d.pop("riskScore", UNSET)) is not UNSET:
            obj.risk_score = _parse_risk_score(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = _parse_scopes(v, False)
        if (v := d.pop("userIdentifier", UNSET)) is not UNSET:
            obj.user_identifier = _parse_user_identifier(v, False)
        if (v := d.pop("users", UNSET)) is not UNSET:
            obj.users = _parse_users(v, False)
        if (v := d.pop("userStatus", UNSET)) is not UNSET:
            obj.user_status = _parse_user_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
