"""Every model and enum, each loaded from its own module on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_policy import AccessPolicy
    from .access_policy_constraint import AccessPolicyConstraint
    from .access_policy_constraints import AccessPolicyConstraints
    from .access_policy_rule import AccessPolicyRule
    from .access_policy_rule_actions import AccessPolicyRuleActions
    from .access_policy_rule_application_sign_on import AccessPolicyRuleApplicationSignOn
    from .access_policy_rule_conditions import AccessPolicyRuleConditions
    from .access_policy_rule_custom_condition import AccessPolicyRuleCustomCondition
    from .acs_endpoint import AcsEndpoint
    from .activate_factor_request import ActivateFactorRequest
    from .allowed_for_enum import AllowedForEnum
    from .app_and_instance_condition_evaluator_app_or_instance import AppAndInstanceConditionEvaluatorAppOrInstance
    from .app_and_instance_condition_evaluator_app_or_instance_type import (
        AppAndInstanceConditionEvaluatorAppOrInstanceType,
    )
    from .app_and_instance_policy_rule_condition import AppAndInstancePolicyRuleCondition
    from .app_instance_policy_rule_condition import AppInstancePolicyRuleCondition
    from .app_link import AppLink
    from .app_user import AppUser
    from .app_user_credentials import AppUserCredentials
    from .app_user_password_credential import AppUserPasswordCredential
    from .application import Application
    from .application_accessibility import ApplicationAccessibility
    from .application_credentials import ApplicationCredentials
    from .application_credentials_o_auth_client import ApplicationCredentialsOAuthClient
    from .application_credentials_scheme import ApplicationCredentialsScheme
    from .application_credentials_signing import ApplicationCredentialsSigning
    from .application_credentials_signing_use import ApplicationCredentialsSigningUse
    from .application_credentials_username_template import ApplicationCredentialsUsernameTemplate
    from .application_feature import ApplicationFeature
    from .application_group_assignment import ApplicationGroupAssignment
    from .application_licensing import ApplicationLicensing
    from .application_settings import ApplicationSettings
    from .application_settings_application import ApplicationSettingsApplication
    from .application_settings_notes import ApplicationSettingsNotes
    from .application_settings_notifications import ApplicationSettingsNotifications
    from .application_settings_notifications_vpn import ApplicationSettingsNotificationsVpn
    from .application_settings_notifications_vpn_network import ApplicationSettingsNotificationsVpnNetwork
    from .application_sign_on_mode import ApplicationSignOnMode
    from .application_status import ApplicationStatus
    from .application_visibility import ApplicationVisibility
    from .application_visibility_app_links import ApplicationVisibilityAppLinks
    from .application_visibility_hide import ApplicationVisibilityHide
    from .assign_role_request import AssignRoleRequest
    from .authentication_provider import AuthenticationProvider
    from .authentication_provider_type import AuthenticationProviderType
    from .authenticator import Authenticator
    from .authenticator_provider import AuthenticatorProvider
    from .authenticator_provider_configuration import AuthenticatorProviderConfiguration
    from .authenticator_provider_configuration_user_name_plate import AuthenticatorProviderConfigurationUserNamePlate
    from .authenticator_settings import AuthenticatorSettings
    from .authenticator_status import AuthenticatorStatus
    from .authenticator_type import AuthenticatorType
    from .authorization_server import AuthorizationServer
    from .authorization_server_credentials import AuthorizationServerCredentials
    from .authorization_server_credentials_rotation_mode import AuthorizationServerCredentialsRotationMode
    from .authorization_server_credentials_signing_config import AuthorizationServerCredentialsSigningConfig
    from .authorization_server_credentials_use import AuthorizationServerCredentialsUse
    from .authorization_server_issuer_mode import AuthorizationServerIssuerMode
    from .authorization_server_policy import AuthorizationServerPolicy
    from .authorization_server_policy_rule import AuthorizationServerPolicyRule
    from .authorization_server_policy_rule_actions import AuthorizationServerPolicyRuleActions
    from .authorization_server_policy_rule_conditions import AuthorizationServerPolicyRuleConditions
    from .authorization_server_policy_rule_status import AuthorizationServerPolicyRuleStatus
    from .authorization_server_policy_rule_type import AuthorizationServerPolicyRuleType
    from .authorization_server_policy_status import AuthorizationServerPolicyStatus
    from .authorization_server_status import AuthorizationServerStatus
    from .auto_login_application import AutoLoginApplication
    from .auto_login_application_settings import AutoLoginApplicationSettings
    from .auto_login_application_settings_sign_on import AutoLoginApplicationSettingsSignOn
    from .basic_application_settings import BasicApplicationSettings
    from .basic_application_settings_application import BasicApplicationSettingsApplication
    from .basic_auth_application import BasicAuthApplication
    from .before_scheduled_action_policy_rule_condition import BeforeScheduledActionPolicyRuleCondition
    from .bookmark_application import BookmarkApplication
    from .bookmark_application_settings import BookmarkApplicationSettings
    from .bookmark_application_settings_application import BookmarkApplicationSettingsApplication
    from .brand import Brand
    from .browser_plugin_application import BrowserPluginApplication
    from .call_user_factor import CallUserFactor
    from .call_user_factor_profile import CallUserFactorProfile
    from .capabilities_create_object import CapabilitiesCreateObject
    from .capabilities_object import CapabilitiesObject
    from .capabilities_update_object import CapabilitiesUpdateObject
    from .catalog_application import CatalogApplication
    from .catalog_application_status import CatalogApplicationStatus
    from .change_enum import ChangeEnum
    from .change_password_request import ChangePasswordRequest
    from .channel_binding import ChannelBinding
    from .client_policy_condition import ClientPolicyCondition
    from .client_secret import ClientSecret
    from .client_secret_metadata import ClientSecretMetadata
    from .client_secret_status import ClientSecretStatus
    from .compliance import Compliance
    from .context_policy_rule_condition import ContextPolicyRuleCondition
    from .create_session_request import CreateSessionRequest
    from .create_user_request import CreateUserRequest
    from .csr import Csr
    from .csr_metadata import CsrMetadata
    from .csr_metadata_subject import CsrMetadataSubject
    from .csr_metadata_subject_alt_names import CsrMetadataSubjectAltNames
    from .custom_hotp_user_factor import CustomHotpUserFactor
    from .custom_hotp_user_factor_profile import CustomHotpUserFactorProfile
    from .device_access_policy_rule_condition import DeviceAccessPolicyRuleCondition
    from .device_policy_rule_condition import DevicePolicyRuleCondition
    from .device_policy_rule_condition_platform import DevicePolicyRuleConditionPlatform
    from .device_policy_rule_condition_platform_supported_mdm_frameworks_item import (
        DevicePolicyRuleConditionPlatformSupportedMDMFrameworksItem,
    )
    from .device_policy_rule_condition_platform_types_item import DevicePolicyRuleConditionPlatformTypesItem
    from .device_policy_rule_condition_trust_level import DevicePolicyRuleConditionTrustLevel
    from .dns_record import DNSRecord
    from .dns_record_type import DNSRecordType
    from .domain import Domain
    from .domain_certificate import DomainCertificate
    from .domain_certificate_metadata import DomainCertificateMetadata
    from .domain_certificate_source_type import DomainCertificateSourceType
    from .domain_certificate_type import DomainCertificateType
    from .domain_list_response import DomainListResponse
    from .domain_validation_status import DomainValidationStatus
    from .duration import Duration
    from .email_template import EmailTemplate
    from .email_template_content import EmailTemplateContent
    from .email_template_customization import EmailTemplateCustomization
    from .email_template_customization_request import EmailTemplateCustomizationRequest
    from .email_template_test_request import EmailTemplateTestRequest
    from .email_template_touch_point_variant import EmailTemplateTouchPointVariant
    from .email_user_factor import EmailUserFactor
    from .email_user_factor_profile import EmailUserFactorProfile
    from .enabled_status import EnabledStatus
    from .end_user_dashboard_touch_point_variant import EndUserDashboardTouchPointVariant
    from .error_page_touch_point_variant import ErrorPageTouchPointVariant
    from .event_hook import EventHook
    from .event_hook_channel import EventHookChannel
    from .event_hook_channel_config import EventHookChannelConfig
    from .event_hook_channel_config_auth_scheme import EventHookChannelConfigAuthScheme
    from .event_hook_channel_config_auth_scheme_type import EventHookChannelConfigAuthSchemeType
    from .event_hook_channel_config_header import EventHookChannelConfigHeader
    from .event_hook_channel_type import EventHookChannelType
    from .event_hook_status import EventHookStatus
    from .event_hook_verification_status import EventHookVerificationStatus
    from .event_subscriptions import EventSubscriptions
    from .event_subscriptions_type import EventSubscriptionsType
    from .factor_provider import FactorProvider
    from .factor_result_type import FactorResultType
    from .factor_status import FactorStatus
    from .factor_type import FactorType
    from .feature import Feature
    from .feature_stage import FeatureStage
    from .feature_stage_state import FeatureStageState
    from .feature_stage_value import FeatureStageValue
    from .feature_type import FeatureType
    from .fips_enum import FipsEnum
    from .forgot_password_response import ForgotPasswordResponse
    from .governance_access_scope_type import GovernanceAccessScopeType
    from .governance_approval_decision import GovernanceApprovalDecision
    from .governance_approval_decision_type import GovernanceApprovalDecisionType
    from .governance_approval_provider_type import GovernanceApprovalProviderType
    from .governance_error import GovernanceError
    from .governance_error_cause import GovernanceErrorCause
    from .governance_link import GovernanceLink
    from .governance_link_hints import GovernanceLinkHints
    from .governance_list_links import GovernanceListLinks
    from .governance_principal import GovernancePrincipal
    from .governance_principal_type import GovernancePrincipalType
    from .governance_request_approval import GovernanceRequestApproval
    from .governance_request_approval_status import GovernanceRequestApprovalStatus
    from .governance_request_submission_type import GovernanceRequestSubmissionType
    from .governance_requested_resource import GovernanceRequestedResource
    from .governance_requested_resource_type import GovernanceRequestedResourceType
    from .governance_risk_assessment import GovernanceRiskAssessment
    from .governance_risk_rule import GovernanceRiskRule
    from .governance_self_links import GovernanceSelfLinks
    from .governance_target_principal import GovernanceTargetPrincipal
    from .governance_target_principal_type import GovernanceTargetPrincipalType
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .group import Group
    from .group_condition import GroupCondition
    from .group_policy_rule_condition import GroupPolicyRuleCondition
    from .group_profile import GroupProfile
    from .group_rule import GroupRule
    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions
    from .group_rule_expression import GroupRuleExpression
    from .group_rule_group_assignment import GroupRuleGroupAssignment
    from .group_rule_group_condition import GroupRuleGroupCondition
    from .group_rule_people_condition import GroupRulePeopleCondition
    from .group_rule_status import GroupRuleStatus
    from .group_rule_user_condition import GroupRuleUserCondition
    from .group_schema import GroupSchema
    from .group_schema_attribute import GroupSchemaAttribute
    from .group_schema_base import GroupSchemaBase
    from .group_schema_base_properties import GroupSchemaBaseProperties
    from .group_schema_custom import GroupSchemaCustom
    from .group_schema_custom_properties import GroupSchemaCustomProperties
    from .group_schema_definitions import GroupSchemaDefinitions
    from .group_type import GroupType
    from .hardware_user_factor import HardwareUserFactor
    from .hardware_user_factor_profile import HardwareUserFactorProfile
    from .identity_provider import IdentityProvider
    from .identity_provider_application_user import IdentityProviderApplicationUser
    from .identity_provider_credentials import IdentityProviderCredentials
    from .identity_provider_credentials_client import IdentityProviderCredentialsClient
    from .identity_provider_credentials_signing import IdentityProviderCredentialsSigning
    from .identity_provider_credentials_trust import IdentityProviderCredentialsTrust
    from .identity_provider_credentials_trust_revocation import IdentityProviderCredentialsTrustRevocation
    from .identity_provider_issuer_mode import IdentityProviderIssuerMode
    from .identity_provider_policy import IdentityProviderPolicy
    from .identity_provider_policy_rule_condition import IdentityProviderPolicyRuleCondition
    from .identity_provider_policy_rule_condition_provider import IdentityProviderPolicyRuleConditionProvider
    from .identity_provider_status import IdentityProviderStatus
    from .identity_provider_type import IdentityProviderType
    from .idp_policy_rule_action import IdpPolicyRuleAction
    from .idp_policy_rule_action_provider import IdpPolicyRuleActionProvider
    from .iframe_embed_scope_allowed_apps import IframeEmbedScopeAllowedApps
    from .image_upload_response import ImageUploadResponse
    from .inactivity_policy_rule_condition import InactivityPolicyRuleCondition
    from .inline_hook import InlineHook
    from .inline_hook_channel import InlineHookChannel
    from .inline_hook_channel_config import InlineHookChannelConfig
    from .inline_hook_channel_config_auth_scheme import InlineHookChannelConfigAuthScheme
    from .inline_hook_channel_config_headers import InlineHookChannelConfigHeaders
    from .inline_hook_channel_type import InlineHookChannelType
    from .inline_hook_payload import InlineHookPayload
    from .inline_hook_response import InlineHookResponse
    from .inline_hook_response_command_value import InlineHookResponseCommandValue
    from .inline_hook_response_commands import InlineHookResponseCommands
    from .inline_hook_status import InlineHookStatus
    from .inline_hook_type import InlineHookType
    from .ion_field import IonField
    from .ion_form import IonForm
    from .json_web_key import JsonWebKey
    from .jwk_use import JwkUse
    from .jwk_use_use import JwkUseUse
    from .knowledge_constraint import KnowledgeConstraint
    from .lifecycle_create_setting_object import LifecycleCreateSettingObject
    from .lifecycle_deactivate_setting_object import LifecycleDeactivateSettingObject
    from .lifecycle_expiration_policy_rule_condition import LifecycleExpirationPolicyRuleCondition
    from .linked_object import LinkedObject
    from .linked_object_details import LinkedObjectDetails
    from .linked_object_details_type import LinkedObjectDetailsType
    from .log_actor import LogActor
    from .log_authentication_context import LogAuthenticationContext
    from .log_authentication_provider import LogAuthenticationProvider
    from .log_client import LogClient
    from .log_credential_provider import LogCredentialProvider
    from .log_credential_type import LogCredentialType
    from .log_debug_context import LogDebugContext
    from .log_event import LogEvent
    from .log_geographical_context import LogGeographicalContext
    from .log_geolocation import LogGeolocation
    from .log_ip_address import LogIpAddress
    from .log_issuer import LogIssuer
    from .log_outcome import LogOutcome
    from .log_request import LogRequest
    from .log_security_context import LogSecurityContext
    from .log_severity import LogSeverity
    from .log_target import LogTarget
    from .log_transaction import LogTransaction
    from .log_user_agent import LogUserAgent
    from .mdm_enrollment_policy_rule_condition import MDMEnrollmentPolicyRuleCondition
    from .mdm_enrollment_policy_rule_condition_enrollment import MDMEnrollmentPolicyRuleConditionEnrollment
    from .multifactor_enrollment_policy import MultifactorEnrollmentPolicy
    from .multifactor_enrollment_policy_authenticator_settings import MultifactorEnrollmentPolicyAuthenticatorSettings
    from .multifactor_enrollment_policy_authenticator_settings_constraints import (
        MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints,
    )
    from .multifactor_enrollment_policy_authenticator_settings_enroll import (
        MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll,
    )
    from .multifactor_enrollment_policy_authenticator_status import MultifactorEnrollmentPolicyAuthenticatorStatus
    from .multifactor_enrollment_policy_authenticator_type import MultifactorEnrollmentPolicyAuthenticatorType
    from .multifactor_enrollment_policy_settings import MultifactorEnrollmentPolicySettings
    from .multifactor_enrollment_policy_settings_type import MultifactorEnrollmentPolicySettingsType
    from .my_access_request import MyAccessRequest
    from .my_access_request_create import MyAccessRequestCreate
    from .my_access_request_grant_status import MyAccessRequestGrantStatus
    from .my_access_request_links import MyAccessRequestLinks
    from .my_access_request_revocation_status import MyAccessRequestRevocationStatus
    from .my_access_request_status import MyAccessRequestStatus
    from .my_catalog_entry import MyCatalogEntry
    from .my_catalog_entry_counts import MyCatalogEntryCounts
    from .my_catalog_entry_links import MyCatalogEntryLinks
    from .my_catalog_entry_list import MyCatalogEntryList
    from .my_catalog_entry_request_fields import MyCatalogEntryRequestFields
    from .my_catalog_entry_request_fields_metadata import MyCatalogEntryRequestFieldsMetadata
    from .my_catalog_entry_resource_counts import MyCatalogEntryResourceCounts
    from .my_catalog_entry_user import MyCatalogEntryUser
    from .my_catalog_entry_user_list import MyCatalogEntryUserList
    from .network_zone import NetworkZone
    from .network_zone_address import NetworkZoneAddress
    from .network_zone_address_type import NetworkZoneAddressType
    from .network_zone_location import NetworkZoneLocation
    from .network_zone_status import NetworkZoneStatus
    from .network_zone_type import NetworkZoneType
    from .network_zone_usage import NetworkZoneUsage
    from .notification_type import NotificationType
    from .o_auth_2_actor import OAuth2Actor
    from .o_auth_2_claim import OAuth2Claim
    from .o_auth_2_claim_claim_type import OAuth2ClaimClaimType
    from .o_auth_2_claim_conditions import OAuth2ClaimConditions
    from .o_auth_2_claim_group_filter_type import OAuth2ClaimGroupFilterType
    from .o_auth_2_claim_status import OAuth2ClaimStatus
    from .o_auth_2_claim_value_type import OAuth2ClaimValueType
    from .o_auth_2_client import OAuth2Client
    from .o_auth_2_refresh_token import OAuth2RefreshToken
    from .o_auth_2_refresh_token_status import OAuth2RefreshTokenStatus
    from .o_auth_2_scope import OAuth2Scope
    from .o_auth_2_scope_consent import OAuth2ScopeConsent
    from .o_auth_2_scope_consent_grant import OAuth2ScopeConsentGrant
    from .o_auth_2_scope_consent_grant_source import OAuth2ScopeConsentGrantSource
    from .o_auth_2_scope_consent_grant_status import OAuth2ScopeConsentGrantStatus
    from .o_auth_2_scope_metadata_publish import OAuth2ScopeMetadataPublish
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition
    from .o_auth_2_token import OAuth2Token
    from .o_auth_2_token_status import OAuth2TokenStatus
    from .o_auth_application_credentials import OAuthApplicationCredentials
    from .o_auth_authorization_policy import OAuthAuthorizationPolicy
    from .o_auth_endpoint_authentication_method import OAuthEndpointAuthenticationMethod
    from .o_auth_grant_type import OAuthGrantType
    from .o_auth_response_type import OAuthResponseType
    from .okta_sign_on_policy import OktaSignOnPolicy
    from .okta_sign_on_policy_conditions import OktaSignOnPolicyConditions
    from .okta_sign_on_policy_rule import OktaSignOnPolicyRule
    from .okta_sign_on_policy_rule_actions import OktaSignOnPolicyRuleActions
    from .okta_sign_on_policy_rule_conditions import OktaSignOnPolicyRuleConditions
    from .okta_sign_on_policy_rule_signon_actions import OktaSignOnPolicyRuleSignonActions
    from .okta_sign_on_policy_rule_signon_actions_access import OktaSignOnPolicyRuleSignonActionsAccess
    from .okta_sign_on_policy_rule_signon_actions_factor_prompt_mode import (
        OktaSignOnPolicyRuleSignonActionsFactorPromptMode,
    )
    from .okta_sign_on_policy_rule_signon_session_actions import OktaSignOnPolicyRuleSignonSessionActions
    from .open_id_connect_application import OpenIdConnectApplication
    from .open_id_connect_application_consent_method import OpenIdConnectApplicationConsentMethod
    from .open_id_connect_application_idp_initiated_login import OpenIdConnectApplicationIdpInitiatedLogin
    from .open_id_connect_application_issuer_mode import OpenIdConnectApplicationIssuerMode
    from .open_id_connect_application_settings import OpenIdConnectApplicationSettings
    from .open_id_connect_application_settings_client import OpenIdConnectApplicationSettingsClient
    from .open_id_connect_application_settings_client_keys import OpenIdConnectApplicationSettingsClientKeys
    from .open_id_connect_application_settings_refresh_token import OpenIdConnectApplicationSettingsRefreshToken
    from .open_id_connect_application_type import OpenIdConnectApplicationType
    from .open_id_connect_refresh_token_rotation_type import OpenIdConnectRefreshTokenRotationType
    from .org_2_org_application import Org2OrgApplication
    from .org_2_org_application_settings import Org2OrgApplicationSettings
    from .org_2_org_application_settings_app import Org2OrgApplicationSettingsApp
    from .org_contact_type import OrgContactType
    from .org_contact_type_obj import OrgContactTypeObj
    from .org_contact_user import OrgContactUser
    from .org_okta_communication_setting import OrgOktaCommunicationSetting
    from .org_okta_support_setting import OrgOktaSupportSetting
    from .org_okta_support_settings_obj import OrgOktaSupportSettingsObj
    from .org_preferences import OrgPreferences
    from .org_setting import OrgSetting
    from .password_credential import PasswordCredential
    from .password_credential_hash import PasswordCredentialHash
    from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm
    from .password_credential_hook import PasswordCredentialHook
    from .password_dictionary import PasswordDictionary
    from .password_dictionary_common import PasswordDictionaryCommon
    from .password_expiration_policy_rule_condition import PasswordExpirationPolicyRuleCondition
    from .password_policy import PasswordPolicy
    from .password_policy_authentication_provider_condition import PasswordPolicyAuthenticationProviderCondition
    from .password_policy_authentication_provider_condition_provider import (
        PasswordPolicyAuthenticationProviderConditionProvider,
    )
    from .password_policy_conditions import PasswordPolicyConditions
    from .password_policy_delegation_settings import PasswordPolicyDelegationSettings
    from .password_policy_delegation_settings_options import PasswordPolicyDelegationSettingsOptions
    from .password_policy_password_settings import PasswordPolicyPasswordSettings
    from .password_policy_password_settings_age import PasswordPolicyPasswordSettingsAge
    from .password_policy_password_settings_complexity import PasswordPolicyPasswordSettingsComplexity
    from .password_policy_password_settings_lockout import PasswordPolicyPasswordSettingsLockout
    from .password_policy_recovery_email import PasswordPolicyRecoveryEmail
    from .password_policy_recovery_email_properties import PasswordPolicyRecoveryEmailProperties
    from .password_policy_recovery_email_recovery_token import PasswordPolicyRecoveryEmailRecoveryToken
    from .password_policy_recovery_email_status import PasswordPolicyRecoveryEmailStatus
    from .password_policy_recovery_factor_settings import PasswordPolicyRecoveryFactorSettings
    from .password_policy_recovery_factor_settings_status import PasswordPolicyRecoveryFactorSettingsStatus
    from .password_policy_recovery_factors import PasswordPolicyRecoveryFactors
    from .password_policy_recovery_question import PasswordPolicyRecoveryQuestion
    from .password_policy_recovery_question_complexity import PasswordPolicyRecoveryQuestionComplexity
    from .password_policy_recovery_question_properties import PasswordPolicyRecoveryQuestionProperties
    from .password_policy_recovery_question_status import PasswordPolicyRecoveryQuestionStatus
    from .password_policy_recovery_settings import PasswordPolicyRecoverySettings
    from .password_policy_rule import PasswordPolicyRule
    from .password_policy_rule_action import PasswordPolicyRuleAction
    from .password_policy_rule_action_access import PasswordPolicyRuleActionAccess
    from .password_policy_rule_actions import PasswordPolicyRuleActions
    from .password_policy_rule_conditions import PasswordPolicyRuleConditions
    from .password_policy_settings import PasswordPolicySettings
    from .password_setting_object import PasswordSettingObject
    from .platform_condition_evaluator_platform import PlatformConditionEvaluatorPlatform
    from .platform_condition_evaluator_platform_operating_system import (
        PlatformConditionEvaluatorPlatformOperatingSystem,
    )
    from .platform_condition_evaluator_platform_operating_system_type import (
        PlatformConditionEvaluatorPlatformOperatingSystemType,
    )
    from .platform_condition_evaluator_platform_operating_system_version import (
        PlatformConditionEvaluatorPlatformOperatingSystemVersion,
    )
    from .platform_condition_evaluator_platform_operating_system_version_match_type import (
        PlatformConditionEvaluatorPlatformOperatingSystemVersionMatchType,
    )
    from .platform_condition_evaluator_platform_type import PlatformConditionEvaluatorPlatformType
    from .platform_policy_rule_condition import PlatformPolicyRuleCondition
    from .policy import Policy
    from .policy_account_link import PolicyAccountLink
    from .policy_account_link_action import PolicyAccountLinkAction
    from .policy_account_link_filter import PolicyAccountLinkFilter
    from .policy_account_link_filter_groups import PolicyAccountLinkFilterGroups
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_network_condition_connection import PolicyNetworkConditionConnection
    from .policy_people_condition import PolicyPeopleCondition
    from .policy_rule import PolicyRule
    from .policy_rule_actions import PolicyRuleActions
    from .policy_rule_actions_enroll import PolicyRuleActionsEnroll
    from .policy_rule_actions_enroll_self import PolicyRuleActionsEnrollSelf
    from .policy_rule_auth_context_condition import PolicyRuleAuthContextCondition
    from .policy_rule_auth_context_condition_auth_type import PolicyRuleAuthContextConditionAuthType
    from .policy_rule_conditions import PolicyRuleConditions
    from .policy_rule_status import PolicyRuleStatus
    from .policy_rule_type import PolicyRuleType
    from .policy_status import PolicyStatus
    from .policy_subject import PolicySubject
    from .policy_subject_match_type import PolicySubjectMatchType
    from .policy_type import PolicyType
    from .policy_user_name_template import PolicyUserNameTemplate
    from .possession_constraint import PossessionConstraint
    from .pre_registration_inline_hook import PreRegistrationInlineHook
    from .preview_saml_app_metadata_response_200 import PreviewSamlAppMetadataResponse200
    from .preview_saml_app_metadata_response_200_entity_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptor,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService,
    )
    from .profile_enrollment_policy import ProfileEnrollmentPolicy
    from .profile_enrollment_policy_rule import ProfileEnrollmentPolicyRule
    from .profile_enrollment_policy_rule_action import ProfileEnrollmentPolicyRuleAction
    from .profile_enrollment_policy_rule_actions import ProfileEnrollmentPolicyRuleActions
    from .profile_enrollment_policy_rule_activation_requirement import ProfileEnrollmentPolicyRuleActivationRequirement
    from .profile_enrollment_policy_rule_profile_attribute import ProfileEnrollmentPolicyRuleProfileAttribute
    from .profile_mapping import ProfileMapping
    from .profile_mapping_properties import ProfileMappingProperties
    from .profile_mapping_property import ProfileMappingProperty
    from .profile_mapping_property_push_status import ProfileMappingPropertyPushStatus
    from .profile_mapping_source import ProfileMappingSource
    from .profile_setting_object import ProfileSettingObject
    from .protocol import Protocol
    from .protocol_algorithm_type import ProtocolAlgorithmType
    from .protocol_algorithm_type_signature import ProtocolAlgorithmTypeSignature
    from .protocol_algorithm_type_signature_scope import ProtocolAlgorithmTypeSignatureScope
    from .protocol_algorithms import ProtocolAlgorithms
    from .protocol_endpoint import ProtocolEndpoint
    from .protocol_endpoint_binding import ProtocolEndpointBinding
    from .protocol_endpoint_type import ProtocolEndpointType
    from .protocol_endpoints import ProtocolEndpoints
    from .protocol_relay_state import ProtocolRelayState
    from .protocol_relay_state_format import ProtocolRelayStateFormat
    from .protocol_settings import ProtocolSettings
    from .protocol_type import ProtocolType
    from .provisioning import Provisioning
    from .provisioning_action import ProvisioningAction
    from .provisioning_conditions import ProvisioningConditions
    from .provisioning_connection import ProvisioningConnection
    from .provisioning_connection_auth_scheme import ProvisioningConnectionAuthScheme
    from .provisioning_connection_profile import ProvisioningConnectionProfile
    from .provisioning_connection_request import ProvisioningConnectionRequest
    from .provisioning_connection_status import ProvisioningConnectionStatus
    from .provisioning_deprovisioned_condition import ProvisioningDeprovisionedCondition
    from .provisioning_deprovisioned_condition_action import ProvisioningDeprovisionedConditionAction
    from .provisioning_groups import ProvisioningGroups
    from .provisioning_groups_action import ProvisioningGroupsAction
    from .provisioning_suspended_condition import ProvisioningSuspendedCondition
    from .provisioning_suspended_condition_action import ProvisioningSuspendedConditionAction
    from .push_user_factor import PushUserFactor
    from .push_user_factor_profile import PushUserFactorProfile
    from .recovery_question_credential import RecoveryQuestionCredential
    from .requester_field import RequesterField
    from .requester_field_type import RequesterFieldType
    from .requester_field_value import RequesterFieldValue
    from .required_enum import RequiredEnum
    from .reset_password_token import ResetPasswordToken
    from .response_links import ResponseLinks
    from .risk_policy_rule_condition import RiskPolicyRuleCondition
    from .risk_score_policy_rule_condition import RiskScorePolicyRuleCondition
    from .role import Role
    from .role_assignment_type import RoleAssignmentType
    from .role_status import RoleStatus
    from .role_type import RoleType
    from .saml_application import SamlApplication
    from .saml_application_settings import SamlApplicationSettings
    from .saml_application_settings_sign_on import SamlApplicationSettingsSignOn
    from .saml_attribute_statement import SamlAttributeStatement
    from .scheduled_user_lifecycle_action import ScheduledUserLifecycleAction
    from .scheduled_user_lifecycle_action_status import ScheduledUserLifecycleActionStatus
    from .scheme_application_credentials import SchemeApplicationCredentials
    from .scope import Scope
    from .scope_type import ScopeType
    from .secure_password_store_application import SecurePasswordStoreApplication
    from .secure_password_store_application_settings import SecurePasswordStoreApplicationSettings
    from .secure_password_store_application_settings_application import (
        SecurePasswordStoreApplicationSettingsApplication,
    )
    from .security_question import SecurityQuestion
    from .security_question_user_factor import SecurityQuestionUserFactor
    from .security_question_user_factor_profile import SecurityQuestionUserFactorProfile
    from .seed_enum import SeedEnum
    from .session import Session
    from .session_authentication_method import SessionAuthenticationMethod
    from .session_identity_provider import SessionIdentityProvider
    from .session_identity_provider_type import SessionIdentityProviderType
    from .session_status import SessionStatus
    from .sign_in_page_touch_point_variant import SignInPageTouchPointVariant
    from .sign_on_inline_hook import SignOnInlineHook
    from .single_logout import SingleLogout
    from .sms_template import SmsTemplate
    from .sms_template_translations import SmsTemplateTranslations
    from .sms_template_type import SmsTemplateType
    from .sms_user_factor import SmsUserFactor
    from .sms_user_factor_profile import SmsUserFactorProfile
    from .social_auth_token import SocialAuthToken
    from .sp_certificate import SpCertificate
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .swa_application import SwaApplication
    from .swa_application_settings import SwaApplicationSettings
    from .swa_application_settings_application import SwaApplicationSettingsApplication
    from .swa_three_field_application import SwaThreeFieldApplication
    from .swa_three_field_application_settings import SwaThreeFieldApplicationSettings
    from .swa_three_field_application_settings_application import SwaThreeFieldApplicationSettingsApplication
    from .temp_password import TempPassword
    from .theme import Theme
    from .theme_response import ThemeResponse
    from .threat_insight_configuration import ThreatInsightConfiguration
    from .token_authorization_server_policy_rule_action import TokenAuthorizationServerPolicyRuleAction
    from .token_authorization_server_policy_rule_action_inline_hook import (
        TokenAuthorizationServerPolicyRuleActionInlineHook,
    )
    from .token_user_factor import TokenUserFactor
    from .token_user_factor_profile import TokenUserFactorProfile
    from .totp_user_factor import TotpUserFactor
    from .totp_user_factor_profile import TotpUserFactorProfile
    from .trusted_origin import TrustedOrigin
    from .u2f_user_factor import U2FUserFactor
    from .u2f_user_factor_profile import U2FUserFactorProfile
    from .update_org_logo_body import UpdateOrgLogoBody
    from .upload_application_logo_body import UploadApplicationLogoBody
    from .upload_brand_theme_background_image_body import UploadBrandThemeBackgroundImageBody
    from .upload_brand_theme_favicon_body import UploadBrandThemeFaviconBody
    from .upload_brand_theme_logo_body import UploadBrandThemeLogoBody
    from .user import User
    from .user_activation_token import UserActivationToken
    from .user_condition import UserCondition
    from .user_credentials import UserCredentials
    from .user_factor import UserFactor
    from .user_id_string import UserIdString
    from .user_identifier_condition_evaluator_pattern import UserIdentifierConditionEvaluatorPattern
    from .user_identifier_condition_evaluator_pattern_match_type import UserIdentifierConditionEvaluatorPatternMatchType
    from .user_identifier_policy_rule_condition import UserIdentifierPolicyRuleCondition
    from .user_identifier_policy_rule_condition_type import UserIdentifierPolicyRuleConditionType
    from .user_identity_provider_link_request import UserIdentityProviderLinkRequest
    from .user_lifecycle_attribute_policy_rule_condition import UserLifecycleAttributePolicyRuleCondition
    from .user_next_login import UserNextLogin
    from .user_policy_rule_condition import UserPolicyRuleCondition
    from .user_profile import UserProfile
    from .user_schema import UserSchema
    from .user_schema_attribute import UserSchemaAttribute
    from .user_schema_attribute_enum import UserSchemaAttributeEnum
    from .user_schema_attribute_items import UserSchemaAttributeItems
    from .user_schema_attribute_master import UserSchemaAttributeMaster
    from .user_schema_attribute_master_priority import UserSchemaAttributeMasterPriority
    from .user_schema_attribute_master_type import UserSchemaAttributeMasterType
    from .user_schema_attribute_permission import UserSchemaAttributePermission
    from .user_schema_attribute_scope import UserSchemaAttributeScope
    from .user_schema_attribute_type import UserSchemaAttributeType
    from .user_schema_attribute_union import UserSchemaAttributeUnion
    from .user_schema_base import UserSchemaBase
    from .user_schema_base_properties import UserSchemaBaseProperties
    from .user_schema_definitions import UserSchemaDefinitions
    from .user_schema_properties import UserSchemaProperties
    from .user_schema_properties_profile import UserSchemaPropertiesProfile
    from .user_schema_properties_profile_item import UserSchemaPropertiesProfileItem
    from .user_schema_public import UserSchemaPublic
    from .user_schema_public_properties import UserSchemaPublicProperties
    from .user_status import UserStatus
    from .user_status_policy_rule_condition import UserStatusPolicyRuleCondition
    from .user_status_policy_rule_condition_value import UserStatusPolicyRuleConditionValue
    from .user_type import UserType
    from .user_type_condition import UserTypeCondition
    from .user_verification_enum import UserVerificationEnum
    from .verification_method import VerificationMethod
    from .verify_factor_request import VerifyFactorRequest
    from .verify_user_factor_response import VerifyUserFactorResponse
    from .verify_user_factor_response_factor_result import VerifyUserFactorResponseFactorResult
    from .web_authn_user_factor import WebAuthnUserFactor
    from .web_authn_user_factor_profile import WebAuthnUserFactorProfile
    from .web_user_factor import WebUserFactor
    from .web_user_factor_profile import WebUserFactorProfile
    from .ws_federation_application import WsFederationApplication
    from .ws_federation_application_settings import WsFederationApplicationSettings
    from .ws_federation_application_settings_application import WsFederationApplicationSettingsApplication

_MODULES: dict[str, str] = {
    "AccessPolicy": ".access_policy",
    "AccessPolicyConstraint": ".access_policy_constraint",
    "AccessPolicyConstraints": ".access_policy_constraints",
    "AccessPolicyRule": ".access_policy_rule",
    "AccessPolicyRuleActions": ".access_policy_rule_actions",
    "AccessPolicyRuleApplicationSignOn": ".access_policy_rule_application_sign_on",
    "AccessPolicyRuleConditions": ".access_policy_rule_conditions",
    "AccessPolicyRuleCustomCondition": ".access_policy_rule_custom_condition",
    "AcsEndpoint": ".acs_endpoint",
    "ActivateFactorRequest": ".activate_factor_request",
    "AllowedForEnum": ".allowed_for_enum",
    "AppAndInstanceConditionEvaluatorAppOrInstance": ".app_and_instance_condition_evaluator_app_or_instance",
    "AppAndInstanceConditionEvaluatorAppOrInstanceType": ".app_and_instance_condition_evaluator_app_or_instance_type",
    "AppAndInstancePolicyRuleCondition": ".app_and_instance_policy_rule_condition",
    "AppInstancePolicyRuleCondition": ".app_instance_policy_rule_condition",
    "AppLink": ".app_link",
    "AppUser": ".app_user",
    "AppUserCredentials": ".app_user_credentials",
    "AppUserPasswordCredential": ".app_user_password_credential",
    "Application": ".application",
    "ApplicationAccessibility": ".application_accessibility",
    "ApplicationCredentials": ".application_credentials",
    "ApplicationCredentialsOAuthClient": ".application_credentials_o_auth_client",
    "ApplicationCredentialsScheme": ".application_credentials_scheme",
    "ApplicationCredentialsSigning": ".application_credentials_signing",
    "ApplicationCredentialsSigningUse": ".application_credentials_signing_use",
    "ApplicationCredentialsUsernameTemplate": ".application_credentials_username_template",
    "ApplicationFeature": ".application_feature",
    "ApplicationGroupAssignment": ".application_group_assignment",
    "ApplicationLicensing": ".application_licensing",
    "ApplicationSettings": ".application_settings",
    "ApplicationSettingsApplication": ".application_settings_application",
    "ApplicationSettingsNotes": ".application_settings_notes",
    "ApplicationSettingsNotifications": ".application_settings_notifications",
    "ApplicationSettingsNotificationsVpn": ".application_settings_notifications_vpn",
    "ApplicationSettingsNotificationsVpnNetwork": ".application_settings_notifications_vpn_network",
    "ApplicationSignOnMode": ".application_sign_on_mode",
    "ApplicationStatus": ".application_status",
    "ApplicationVisibility": ".application_visibility",
    "ApplicationVisibilityAppLinks": ".application_visibility_app_links",
    "ApplicationVisibilityHide": ".application_visibility_hide",
    "AssignRoleRequest": ".assign_role_request",
    "AuthenticationProvider": ".authentication_provider",
    "AuthenticationProviderType": ".authentication_provider_type",
    "Authenticator": ".authenticator",
    "AuthenticatorProvider": ".authenticator_provider",
    "AuthenticatorProviderConfiguration": ".authenticator_provider_configuration",
    "AuthenticatorProviderConfigurationUserNamePlate": ".authenticator_provider_configuration_user_name_plate",
    "AuthenticatorSettings": ".authenticator_settings",
    "AuthenticatorStatus": ".authenticator_status",
    "AuthenticatorType": ".authenticator_type",
    "AuthorizationServer": ".authorization_server",
    "AuthorizationServerCredentials": ".authorization_server_credentials",
    "AuthorizationServerCredentialsRotationMode": ".authorization_server_credentials_rotation_mode",
    "AuthorizationServerCredentialsSigningConfig": ".authorization_server_credentials_signing_config",
    "AuthorizationServerCredentialsUse": ".authorization_server_credentials_use",
    "AuthorizationServerIssuerMode": ".authorization_server_issuer_mode",
    "AuthorizationServerPolicy": ".authorization_server_policy",
    "AuthorizationServerPolicyRule": ".authorization_server_policy_rule",
    "AuthorizationServerPolicyRuleActions": ".authorization_server_policy_rule_actions",
    "AuthorizationServerPolicyRuleConditions": ".authorization_server_policy_rule_conditions",
    "AuthorizationServerPolicyRuleStatus": ".authorization_server_policy_rule_status",
    "AuthorizationServerPolicyRuleType": ".authorization_server_policy_rule_type",
    "AuthorizationServerPolicyStatus": ".authorization_server_policy_status",
    "AuthorizationServerStatus": ".authorization_server_status",
    "AutoLoginApplication": ".auto_login_application",
    "AutoLoginApplicationSettings": ".auto_login_application_settings",
    "AutoLoginApplicationSettingsSignOn": ".auto_login_application_settings_sign_on",
    "BasicApplicationSettings": ".basic_application_settings",
    "BasicApplicationSettingsApplication": ".basic_application_settings_application",
    "BasicAuthApplication": ".basic_auth_application",
    "BeforeScheduledActionPolicyRuleCondition": ".before_scheduled_action_policy_rule_condition",
    "BookmarkApplication": ".bookmark_application",
    "BookmarkApplicationSettings": ".bookmark_application_settings",
    "BookmarkApplicationSettingsApplication": ".bookmark_application_settings_application",
    "Brand": ".brand",
    "BrowserPluginApplication": ".browser_plugin_application",
    "CallUserFactor": ".call_user_factor",
    "CallUserFactorProfile": ".call_user_factor_profile",
    "CapabilitiesCreateObject": ".capabilities_create_object",
    "CapabilitiesObject": ".capabilities_object",
    "CapabilitiesUpdateObject": ".capabilities_update_object",
    "CatalogApplication": ".catalog_application",
    "CatalogApplicationStatus": ".catalog_application_status",
    "ChangeEnum": ".change_enum",
    "ChangePasswordRequest": ".change_password_request",
    "ChannelBinding": ".channel_binding",
    "ClientPolicyCondition": ".client_policy_condition",
    "ClientSecret": ".client_secret",
    "ClientSecretMetadata": ".client_secret_metadata",
    "ClientSecretStatus": ".client_secret_status",
    "Compliance": ".compliance",
    "ContextPolicyRuleCondition": ".context_policy_rule_condition",
    "CreateSessionRequest": ".create_session_request",
    "CreateUserRequest": ".create_user_request",
    "Csr": ".csr",
    "CsrMetadata": ".csr_metadata",
    "CsrMetadataSubject": ".csr_metadata_subject",
    "CsrMetadataSubjectAltNames": ".csr_metadata_subject_alt_names",
    "CustomHotpUserFactor": ".custom_hotp_user_factor",
    "CustomHotpUserFactorProfile": ".custom_hotp_user_factor_profile",
    "DeviceAccessPolicyRuleCondition": ".device_access_policy_rule_condition",
    "DevicePolicyRuleCondition": ".device_policy_rule_condition",
    "DevicePolicyRuleConditionPlatform": ".device_policy_rule_condition_platform",
    "DevicePolicyRuleConditionPlatformSupportedMDMFrameworksItem": ".device_policy_rule_condition_platform_supported_mdm_frameworks_item",
    "DevicePolicyRuleConditionPlatformTypesItem": ".device_policy_rule_condition_platform_types_item",
    "DevicePolicyRuleConditionTrustLevel": ".device_policy_rule_condition_trust_level",
    "DNSRecord": ".dns_record",
    "DNSRecordType": ".dns_record_type",
    "Domain": ".domain",
    "DomainCertificate": ".domain_certificate",
    "DomainCertificateMetadata": ".domain_certificate_metadata",
    "DomainCertificateSourceType": ".domain_certificate_source_type",
    "DomainCertificateType": ".domain_certificate_type",
    "DomainListResponse": ".domain_list_response",
    "DomainValidationStatus": ".domain_validation_status",
    "Duration": ".duration",
    "EmailTemplate": ".email_template",
    "EmailTemplateContent": ".email_template_content",
    "EmailTemplateCustomization": ".email_template_customization",
    "EmailTemplateCustomizationRequest": ".email_template_customization_request",
    "EmailTemplateTestRequest": ".email_template_test_request",
    "EmailTemplateTouchPointVariant": ".email_template_touch_point_variant",
    "EmailUserFactor": ".email_user_factor",
    "EmailUserFactorProfile": ".email_user_factor_profile",
    "EnabledStatus": ".enabled_status",
    "EndUserDashboardTouchPointVariant": ".end_user_dashboard_touch_point_variant",
    "ErrorPageTouchPointVariant": ".error_page_touch_point_variant",
    "EventHook": ".event_hook",
    "EventHookChannel": ".event_hook_channel",
    "EventHookChannelConfig": ".event_hook_channel_config",
    "EventHookChannelConfigAuthScheme": ".event_hook_channel_config_auth_scheme",
    "EventHookChannelConfigAuthSchemeType": ".event_hook_channel_config_auth_scheme_type",
    "EventHookChannelConfigHeader": ".event_hook_channel_config_header",
    "EventHookChannelType": ".event_hook_channel_type",
    "EventHookStatus": ".event_hook_status",
    "EventHookVerificationStatus": ".event_hook_verification_status",
    "EventSubscriptions": ".event_subscriptions",
    "EventSubscriptionsType": ".event_subscriptions_type",
    "FactorProvider": ".factor_provider",
    "FactorResultType": ".factor_result_type",
    "FactorStatus": ".factor_status",
    "FactorType": ".factor_type",
    "Feature": ".feature",
    "FeatureStage": ".feature_stage",
    "FeatureStageState": ".feature_stage_state",
    "FeatureStageValue": ".feature_stage_value",
    "FeatureType": ".feature_type",
    "FipsEnum": ".fips_enum",
    "ForgotPasswordResponse": ".forgot_password_response",
    "GovernanceAccessScopeType": ".governance_access_scope_type",
    "GovernanceApprovalDecision": ".governance_approval_decision",
    "GovernanceApprovalDecisionType": ".governance_approval_decision_type",
    "GovernanceApprovalProviderType": ".governance_approval_provider_type",
    "GovernanceError": ".governance_error",
    "GovernanceErrorCause": ".governance_error_cause",
    "GovernanceLink": ".governance_link",
    "GovernanceLinkHints": ".governance_link_hints",
    "GovernanceListLinks": ".governance_list_links",
    "GovernancePrincipal": ".governance_principal",
    "GovernancePrincipalType": ".governance_principal_type",
    "GovernanceRequestApproval": ".governance_request_approval",
    "GovernanceRequestApprovalStatus": ".governance_request_approval_status",
    "GovernanceRequestSubmissionType": ".governance_request_submission_type",
    "GovernanceRequestedResource": ".governance_requested_resource",
    "GovernanceRequestedResourceType": ".governance_requested_resource_type",
    "GovernanceRiskAssessment": ".governance_risk_assessment",
    "GovernanceRiskRule": ".governance_risk_rule",
    "GovernanceSelfLinks": ".governance_self_links",
    "GovernanceTargetPrincipal": ".governance_target_principal",
    "GovernanceTargetPrincipalType": ".governance_target_principal_type",
    "GrantTypePolicyRuleCondition": ".grant_type_policy_rule_condition",
    "Group": ".group",
    "GroupCondition": ".group_condition",
    "GroupPolicyRuleCondition": ".group_policy_rule_condition",
    "GroupProfile": ".group_profile",
    "GroupRule": ".group_rule",
    "GroupRuleAction": ".group_rule_action",
    "GroupRuleConditions": ".group_rule_conditions",
    "GroupRuleExpression": ".group_rule_expression",
    "GroupRuleGroupAssignment": ".group_rule_group_assignment",
    "GroupRuleGroupCondition": ".group_rule_group_condition",
    "GroupRulePeopleCondition": ".group_rule_people_condition",
    "GroupRuleStatus": ".group_rule_status",
    "GroupRuleUserCondition": ".group_rule_user_condition",
    "GroupSchema": ".group_schema",
    "GroupSchemaAttribute": ".group_schema_attribute",
    "GroupSchemaBase": ".group_schema_base",
    "GroupSchemaBaseProperties": ".group_schema_base_properties",
    "GroupSchemaCustom": ".group_schema_custom",
    "GroupSchemaCustomProperties": ".group_schema_custom_properties",
    "GroupSchemaDefinitions": ".group_schema_definitions",
    "GroupType": ".group_type",
    "HardwareUserFactor": ".hardware_user_factor",
    "HardwareUserFactorProfile": ".hardware_user_factor_profile",
    "IdentityProvider": ".identity_provider",
    "IdentityProviderApplicationUser": ".identity_provider_application_user",
    "IdentityProviderCredentials": ".identity_provider_credentials",
    "IdentityProviderCredentialsClient": ".identity_provider_credentials_client",
    "IdentityProviderCredentialsSigning": ".identity_provider_credentials_signing",
    "IdentityProviderCredentialsTrust": ".identity_provider_credentials_trust",
    "IdentityProviderCredentialsTrustRevocation": ".identity_provider_credentials_trust_revocation",
    "IdentityProviderIssuerMode": ".identity_provider_issuer_mode",
    "IdentityProviderPolicy": ".identity_provider_policy",
    "IdentityProviderPolicyRuleCondition": ".identity_provider_policy_rule_condition",
    "IdentityProviderPolicyRuleConditionProvider": ".identity_provider_policy_rule_condition_provider",
    "IdentityProviderStatus": ".identity_provider_status",
    "IdentityProviderType": ".identity_provider_type",
    "IdpPolicyRuleAction": ".idp_policy_rule_action",
    "IdpPolicyRuleActionProvider": ".idp_policy_rule_action_provider",
    "IframeEmbedScopeAllowedApps": ".iframe_embed_scope_allowed_apps",
    "ImageUploadResponse": ".image_upload_response",
    "InactivityPolicyRuleCondition": ".inactivity_policy_rule_condition",
    "InlineHook": ".inline_hook",
    "InlineHookChannel": ".inline_hook_channel",
    "InlineHookChannelConfig": ".inline_hook_channel_config",
    "InlineHookChannelConfigAuthScheme": ".inline_hook_channel_config_auth_scheme",
    "InlineHookChannelConfigHeaders": ".inline_hook_channel_config_headers",
    "InlineHookChannelType": ".inline_hook_channel_type",
    "InlineHookPayload": ".inline_hook_payload",
    "InlineHookResponse": ".inline_hook_response",
    "InlineHookResponseCommandValue": ".inline_hook_response_command_value",
    "InlineHookResponseCommands": ".inline_hook_response_commands",
    "InlineHookStatus": ".inline_hook_status",
    "InlineHookType": ".inline_hook_type",
    "IonField": ".ion_field",
    "IonForm": ".ion_form",
    "JsonWebKey": ".json_web_key",
    "JwkUse": ".jwk_use",
    "JwkUseUse": ".jwk_use_use",
    "KnowledgeConstraint": ".knowledge_constraint",
    "LifecycleCreateSettingObject": ".lifecycle_create_setting_object",
    "LifecycleDeactivateSettingObject": ".lifecycle_deactivate_setting_object",
    "LifecycleExpirationPolicyRuleCondition": ".lifecycle_expiration_policy_rule_condition",
    "LinkedObject": ".linked_object",
    "LinkedObjectDetails": ".linked_object_details",
    "LinkedObjectDetailsType": ".linked_object_details_type",
    "LogActor": ".log_actor",
    "LogAuthenticationContext": ".log_authentication_context",
    "LogAuthenticationProvider": ".log_authentication_provider",
    "LogClient": ".log_client",
    "LogCredentialProvider": ".log_credential_provider",
    "LogCredentialType": ".log_credential_type",
    "LogDebugContext": ".log_debug_context",
    "LogEvent": ".log_event",
    "LogGeographicalContext": ".log_geographical_context",
    "LogGeolocation": ".log_geolocation",
    "LogIpAddress": ".log_ip_address",
    "LogIssuer": ".log_issuer",
    "LogOutcome": ".log_outcome",
    "LogRequest": ".log_request",
    "LogSecurityContext": ".log_security_context",
    "LogSeverity": ".log_severity",
    "LogTarget": ".log_target",
    "LogTransaction": ".log_transaction",
    "LogUserAgent": ".log_user_agent",
    "MDMEnrollmentPolicyRuleCondition": ".mdm_enrollment_policy_rule_condition",
    "MDMEnrollmentPolicyRuleConditionEnrollment": ".mdm_enrollment_policy_rule_condition_enrollment",
    "MultifactorEnrollmentPolicy": ".multifactor_enrollment_policy",
    "MultifactorEnrollmentPolicyAuthenticatorSettings": ".multifactor_enrollment_policy_authenticator_settings",
    "MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints": ".multifactor_enrollment_policy_authenticator_settings_constraints",
    "MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll": ".multifactor_enrollment_policy_authenticator_settings_enroll",
    "MultifactorEnrollmentPolicyAuthenticatorStatus": ".multifactor_enrollment_policy_authenticator_status",
    "MultifactorEnrollmentPolicyAuthenticatorType": ".multifactor_enrollment_policy_authenticator_type",
    "MultifactorEnrollmentPolicySettings": ".multifactor_enrollment_policy_settings",
    "MultifactorEnrollmentPolicySettingsType": ".multifactor_enrollment_policy_settings_type",
    "MyAccessRequest": ".my_access_request",
    "MyAccessRequestCreate": ".my_access_request_create",
    "MyAccessRequestGrantStatus": ".my_access_request_grant_status",
    "MyAccessRequestLinks": ".my_access_request_links",
    "MyAccessRequestRevocationStatus": ".my_access_request_revocation_status",
    "MyAccessRequestStatus": ".my_access_request_status",
    "MyCatalogEntry": ".my_catalog_entry",
    "MyCatalogEntryCounts": ".my_catalog_entry_counts",
    "MyCatalogEntryLinks": ".my_catalog_entry_links",
    "MyCatalogEntryList": ".my_catalog_entry_list",
    "MyCatalogEntryRequestFields": ".my_catalog_entry_request_fields",
    "MyCatalogEntryRequestFieldsMetadata": ".my_catalog_entry_request_fields_metadata",
    "MyCatalogEntryResourceCounts": ".my_catalog_entry_resource_counts",
    "MyCatalogEntryUser": ".my_catalog_entry_user",
    "MyCatalogEntryUserList": ".my_catalog_entry_user_list",
    "NetworkZone": ".network_zone",
    "NetworkZoneAddress": ".network_zone_address",
    "NetworkZoneAddressType": ".network_zone_address_type",
    "NetworkZoneLocation": ".network_zone_location",
    "NetworkZoneStatus": ".network_zone_status",
    "NetworkZoneType": ".network_zone_type",
    "NetworkZoneUsage": ".network_zone_usage",
    "NotificationType": ".notification_type",
    "OAuth2Actor": ".o_auth_2_actor",
    "OAuth2Claim": ".o_auth_2_claim",
    "OAuth2ClaimClaimType": ".o_auth_2_claim_claim_type",
    "OAuth2ClaimConditions": ".o_auth_2_claim_conditions",
    "OAuth2ClaimGroupFilterType": ".o_auth_2_claim_group_filter_type",
    "OAuth2ClaimStatus": ".o_auth_2_claim_status",
    "OAuth2ClaimValueType": ".o_auth_2_claim_value_type",
    "OAuth2Client": ".o_auth_2_client",
    "OAuth2RefreshToken": ".o_auth_2_refresh_token",
    "OAuth2RefreshTokenStatus": ".o_auth_2_refresh_token_status",
    "OAuth2Scope": ".o_auth_2_scope",
    "OAuth2ScopeConsent": ".o_auth_2_scope_consent",
    "OAuth2ScopeConsentGrant": ".o_auth_2_scope_consent_grant",
    "OAuth2ScopeConsentGrantSource": ".o_auth_2_scope_consent_grant_source",
    "OAuth2ScopeConsentGrantStatus": ".o_auth_2_scope_consent_grant_status",
    "OAuth2ScopeMetadataPublish": ".o_auth_2_scope_metadata_publish",
    "OAuth2ScopesMediationPolicyRuleCondition": ".o_auth_2_scopes_mediation_policy_rule_condition",
    "OAuth2Token": ".o_auth_2_token",
    "OAuth2TokenStatus": ".o_auth_2_token_status",
    "OAuthApplicationCredentials": ".o_auth_application_credentials",
    "OAuthAuthorizationPolicy": ".o_auth_authorization_policy",
    "OAuthEndpointAuthenticationMethod": ".o_auth_endpoint_authentication_method",
    "OAuthGrantType": ".o_auth_grant_type",
    "OAuthResponseType": ".o_auth_response_type",
    "OktaSignOnPolicy": ".okta_sign_on_policy",
    "OktaSignOnPolicyConditions": ".okta_sign_on_policy_conditions",
    "OktaSignOnPolicyRule": ".okta_sign_on_policy_rule",
    "OktaSignOnPolicyRuleActions": ".okta_sign_on_policy_rule_actions",
    "OktaSignOnPolicyRuleConditions": ".okta_sign_on_policy_rule_conditions",
    "OktaSignOnPolicyRuleSignonActions": ".okta_sign_on_policy_rule_signon_actions",
    "OktaSignOnPolicyRuleSignonActionsAccess": ".okta_sign_on_policy_rule_signon_actions_access",
    "OktaSignOnPolicyRuleSignonActionsFactorPromptMode": ".okta_sign_on_policy_rule_signon_actions_factor_prompt_mode",
    "OktaSignOnPolicyRuleSignonSessionActions": ".okta_sign_on_policy_rule_signon_session_actions",
    "OpenIdConnectApplication": ".open_id_connect_application",
    "OpenIdConnectApplicationConsentMethod": ".open_id_connect_application_consent_method",
    "OpenIdConnectApplicationIdpInitiatedLogin": ".open_id_connect_application_idp_initiated_login",
    "OpenIdConnectApplicationIssuerMode": ".open_id_connect_application_issuer_mode",
    "OpenIdConnectApplicationSettings": ".open_id_connect_application_settings",
    "OpenIdConnectApplicationSettingsClient": ".open_id_connect_application_settings_client",
    "OpenIdConnectApplicationSettingsClientKeys": ".open_id_connect_application_settings_client_keys",
    "OpenIdConnectApplicationSettingsRefreshToken": ".open_id_connect_application_settings_refresh_token",
    "OpenIdConnectApplicationType": ".open_id_connect_application_type",
    "OpenIdConnectRefreshTokenRotationType": ".open_id_connect_refresh_token_rotation_type",
    "Org2OrgApplication": ".org_2_org_application",
    "Org2OrgApplicationSettings": ".org_2_org_application_settings",
    "Org2OrgApplicationSettingsApp": ".org_2_org_application_settings_app",
    "OrgContactType": ".org_contact_type",
    "OrgContactTypeObj": ".org_contact_type_obj",
    "OrgContactUser": ".org_contact_user",
    "OrgOktaCommunicationSetting": ".org_okta_communication_setting",
    "OrgOktaSupportSetting": ".org_okta_support_setting",
    "OrgOktaSupportSettingsObj": ".org_okta_support_settings_obj",
    "OrgPreferences": ".org_preferences",
    "OrgSetting": ".org_setting",
    "PasswordCredential": ".password_credential",
    "PasswordCredentialHash": ".password_credential_hash",
    "PasswordCredentialHashAlgorithm": ".password_credential_hash_algorithm",
    "PasswordCredentialHook": ".password_credential_hook",
    "PasswordDictionary": ".password_dictionary",
    "PasswordDictionaryCommon": ".password_dictionary_common",
    "PasswordExpirationPolicyRuleCondition": ".password_expiration_policy_rule_condition",
    "PasswordPolicy": ".password_policy",
    "PasswordPolicyAuthenticationProviderCondition": ".password_policy_authentication_provider_condition",
    "PasswordPolicyAuthenticationProviderConditionProvider": ".password_policy_authentication_provider_condition_provider",
    "PasswordPolicyConditions": ".password_policy_conditions",
    "PasswordPolicyDelegationSettings": ".password_policy_delegation_settings",
    "PasswordPolicyDelegationSettingsOptions": ".password_policy_delegation_settings_options",
    "PasswordPolicyPasswordSettings": ".password_policy_password_settings",
    "PasswordPolicyPasswordSettingsAge": ".password_policy_password_settings_age",
    "PasswordPolicyPasswordSettingsComplexity": ".password_policy_password_settings_complexity",
    "PasswordPolicyPasswordSettingsLockout": ".password_policy_password_settings_lockout",
    "PasswordPolicyRecoveryEmail": ".password_policy_recovery_email",
    "PasswordPolicyRecoveryEmailProperties": ".password_policy_recovery_email_properties",
    "PasswordPolicyRecoveryEmailRecoveryToken": ".password_policy_recovery_email_recovery_token",
    "PasswordPolicyRecoveryEmailStatus": ".password_policy_recovery_email_status",
    "PasswordPolicyRecoveryFactorSettings": ".password_policy_recovery_factor_settings",
    "PasswordPolicyRecoveryFactorSettingsStatus": ".password_policy_recovery_factor_settings_status",
    "PasswordPolicyRecoveryFactors": ".password_policy_recovery_factors",
    "PasswordPolicyRecoveryQuestion": ".password_policy_recovery_question",
    "PasswordPolicyRecoveryQuestionComplexity": ".password_policy_recovery_question_complexity",
    "PasswordPolicyRecoveryQuestionProperties": ".password_policy_recovery_question_properties",
    "PasswordPolicyRecoveryQuestionStatus": ".password_policy_recovery_question_status",
    "PasswordPolicyRecoverySettings": ".password_policy_recovery_settings",
    "PasswordPolicyRule": ".password_policy_rule",
    "PasswordPolicyRuleAction": ".password_policy_rule_action",
    "PasswordPolicyRuleActionAccess": ".password_policy_rule_action_access",
    "PasswordPolicyRuleActions": ".password_policy_rule_actions",
    "PasswordPolicyRuleConditions": ".password_policy_rule_conditions",
    "PasswordPolicySettings": ".password_policy_settings",
    "PasswordSettingObject": ".password_setting_object",
    "PlatformConditionEvaluatorPlatform": ".platform_condition_evaluator_platform",
    "PlatformConditionEvaluatorPlatformOperatingSystem": ".platform_condition_evaluator_platform_operating_system",
    "PlatformConditionEvaluatorPlatformOperatingSystemType": ".platform_condition_evaluator_platform_operating_system_type",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersion": ".platform_condition_evaluator_platform_operating_system_version",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersionMatchType": ".platform_condition_evaluator_platform_operating_system_version_match_type",
    "PlatformConditionEvaluatorPlatformType": ".platform_condition_evaluator_platform_type",
    "PlatformPolicyRuleCondition": ".platform_policy_rule_condition",
    "Policy": ".policy",
    "PolicyAccountLink": ".policy_account_link",
    "PolicyAccountLinkAction": ".policy_account_link_action",
    "PolicyAccountLinkFilter": ".policy_account_link_filter",
    "PolicyAccountLinkFilterGroups": ".policy_account_link_filter_groups",
    "PolicyNetworkCondition": ".policy_network_condition",
    "PolicyNetworkConditionConnection": ".policy_network_condition_connection",
    "PolicyPeopleCondition": ".policy_people_condition",
    "PolicyRule": ".policy_rule",
    "PolicyRuleActions": ".policy_rule_actions",
    "PolicyRuleActionsEnroll": ".policy_rule_actions_enroll",
    "PolicyRuleActionsEnrollSelf": ".policy_rule_actions_enroll_self",
    "PolicyRuleAuthContextCondition": ".policy_rule_auth_context_condition",
    "PolicyRuleAuthContextConditionAuthType": ".policy_rule_auth_context_condition_auth_type",
    "PolicyRuleConditions": ".policy_rule_conditions",
    "PolicyRuleStatus": ".policy_rule_status",
    "PolicyRuleType": ".policy_rule_type",
    "PolicyStatus": ".policy_status",
    "PolicySubject": ".policy_subject",
    "PolicySubjectMatchType": ".policy_subject_match_type",
    "PolicyType": ".policy_type",
    "PolicyUserNameTemplate": ".policy_user_name_template",
    "PossessionConstraint": ".possession_constraint",
    "PreRegistrationInlineHook": ".pre_registration_inline_hook",
    "PreviewSamlAppMetadataResponse200": ".preview_saml_app_metadata_response_200",
    "PreviewSamlAppMetadataResponse200EntityDescriptor": ".preview_saml_app_metadata_response_200_entity_descriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService": ".preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service",
    "ProfileEnrollmentPolicy": ".profile_enrollment_policy",
    "ProfileEnrollmentPolicyRule": ".profile_enrollment_policy_rule",
    "ProfileEnrollmentPolicyRuleAction": ".profile_enrollment_policy_rule_action",
    "ProfileEnrollmentPolicyRuleActions": ".profile_enrollment_policy_rule_actions",
    "ProfileEnrollmentPolicyRuleActivationRequirement": ".profile_enrollment_policy_rule_activation_requirement",
    "ProfileEnrollmentPolicyRuleProfileAttribute": ".profile_enrollment_policy_rule_profile_attribute",
    "ProfileMapping": ".profile_mapping",
    "ProfileMappingProperties": ".profile_mapping_properties",
    "ProfileMappingProperty": ".profile_mapping_property",
    "ProfileMappingPropertyPushStatus": ".profile_mapping_property_push_status",
    "ProfileMappingSource": ".profile_mapping_source",
    "ProfileSettingObject": ".profile_setting_object",
    "Protocol": ".protocol",
    "ProtocolAlgorithmType": ".protocol_algorithm_type",
    "ProtocolAlgorithmTypeSignature": ".protocol_algorithm_type_signature",
    "ProtocolAlgorithmTypeSignatureScope": ".protocol_algorithm_type_signature_scope",
    "ProtocolAlgorithms": ".protocol_algorithms",
    "ProtocolEndpoint": ".protocol_endpoint",
    "ProtocolEndpointBinding": ".protocol_endpoint_binding",
    "ProtocolEndpointType": ".protocol_endpoint_type",
    "ProtocolEndpoints": ".protocol_endpoints",
    "ProtocolRelayState": ".protocol_relay_state",
    "ProtocolRelayStateFormat": ".protocol_relay_state_format",
    "ProtocolSettings": ".protocol_settings",
    "ProtocolType": ".protocol_type",
    "Provisioning": ".provisioning",
    "ProvisioningAction": ".provisioning_action",
    "ProvisioningConditions": ".provisioning_conditions",
    "ProvisioningConnection": ".provisioning_connection",
    "ProvisioningConnectionAuthScheme": ".provisioning_connection_auth_scheme",
    "ProvisioningConnectionProfile": ".provisioning_connection_profile",
    "ProvisioningConnectionRequest": ".provisioning_connection_request",
    "ProvisioningConnectionStatus": ".provisioning_connection_status",
    "ProvisioningDeprovisionedCondition": ".provisioning_deprovisioned_condition",
    "ProvisioningDeprovisionedConditionAction": ".provisioning_deprovisioned_condition_action",
    "ProvisioningGroups": ".provisioning_groups",
    "ProvisioningGroupsAction": ".provisioning_groups_action",
    "ProvisioningSuspendedCondition": ".provisioning_suspended_condition",
    "ProvisioningSuspendedConditionAction": ".provisioning_suspended_condition_action",
    "PushUserFactor": ".push_user_factor",
    "PushUserFactorProfile": ".push_user_factor_profile",
    "RecoveryQuestionCredential": ".recovery_question_credential",
    "RequesterField": ".requester_field",
    "RequesterFieldType": ".requester_field_type",
    "RequesterFieldValue": ".requester_field_value",
    "RequiredEnum": ".required_enum",
    "ResetPasswordToken": ".reset_password_token",
    "ResponseLinks": ".response_links",
    "RiskPolicyRuleCondition": ".risk_policy_rule_condition",
    "RiskScorePolicyRuleCondition": ".risk_score_policy_rule_condition",
    "Role": ".role",
    "RoleAssignmentType": ".role_assignment_type",
    "RoleStatus": ".role_status",
    "RoleType": ".role_type",
    "SamlApplication": ".saml_application",
    "SamlApplicationSettings": ".saml_application_settings",
    "SamlApplicationSettingsSignOn": ".saml_application_settings_sign_on",
    "SamlAttributeStatement": ".saml_attribute_statement",
    "ScheduledUserLifecycleAction": ".scheduled_user_lifecycle_action",
    "ScheduledUserLifecycleActionStatus": ".scheduled_user_lifecycle_action_status",
    "SchemeApplicationCredentials": ".scheme_application_credentials",
    "Scope": ".scope",
    "ScopeType": ".scope_type",
    "SecurePasswordStoreApplication": ".secure_password_store_application",
    "SecurePasswordStoreApplicationSettings": ".secure_password_store_application_settings",
    "SecurePasswordStoreApplicationSettingsApplication": ".secure_password_store_application_settings_application",
    "SecurityQuestion": ".security_question",
    "SecurityQuestionUserFactor": ".security_question_user_factor",
    "SecurityQuestionUserFactorProfile": ".security_question_user_factor_profile",
    "SeedEnum": ".seed_enum",
    "Session": ".session",
    "SessionAuthenticationMethod": ".session_authentication_method",
    "SessionIdentityProvider": ".session_identity_provider",
    "SessionIdentityProviderType": ".session_identity_provider_type",
    "SessionStatus": ".session_status",
    "SignInPageTouchPointVariant": ".sign_in_page_touch_point_variant",
    "SignOnInlineHook": ".sign_on_inline_hook",
    "SingleLogout": ".single_logout",
    "SmsTemplate": ".sms_template",
    "SmsTemplateTranslations": ".sms_template_translations",
    "SmsTemplateType": ".sms_template_type",
    "SmsUserFactor": ".sms_user_factor",
    "SmsUserFactorProfile": ".sms_user_factor_profile",
    "SocialAuthToken": ".social_auth_token",
    "SpCertificate": ".sp_certificate",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
    "SwaApplication": ".swa_application",
    "SwaApplicationSettings": ".swa_application_settings",
    "SwaApplicationSettingsApplication": ".swa_application_settings_application",
    "SwaThreeFieldApplication": ".swa_three_field_application",
    "SwaThreeFieldApplicationSettings": ".swa_three_field_application_settings",
    "SwaThreeFieldApplicationSettingsApplication": ".swa_three_field_application_settings_application",
    "TempPassword": ".temp_password",
    "Theme": ".theme",
    "ThemeResponse": ".theme_response",
    "ThreatInsightConfiguration": ".threat_insight_configuration",
    "TokenAuthorizationServerPolicyRuleAction": ".token_authorization_server_policy_rule_action",
    "TokenAuthorizationServerPolicyRuleActionInlineHook": ".token_authorization_server_policy_rule_action_inline_hook",
    "TokenUserFactor": ".token_user_factor",
    "TokenUserFactorProfile": ".token_user_factor_profile",
    "TotpUserFactor": ".totp_user_factor",
    "TotpUserFactorProfile": ".totp_user_factor_profile",
    "TrustedOrigin": ".trusted_origin",
    "U2FUserFactor": ".u2f_user_factor",
    "U2FUserFactorProfile": ".u2f_user_factor_profile",
    "UpdateOrgLogoBody": ".update_org_logo_body",
    "UploadApplicationLogoBody": ".upload_application_logo_body",
    "UploadBrandThemeBackgroundImageBody": ".upload_brand_theme_background_image_body",
    "UploadBrandThemeFaviconBody": ".upload_brand_theme_favicon_body",
    "UploadBrandThemeLogoBody": ".upload_brand_theme_logo_body",
    "User": ".user",
    "UserActivationToken": ".user_activation_token",
    "UserCondition": ".user_condition",
    "UserCredentials": ".user_credentials",
    "UserFactor": ".user_factor",
    "UserIdString": ".user_id_string",
    "UserIdentifierConditionEvaluatorPattern": ".user_identifier_condition_evaluator_pattern",
    "UserIdentifierConditionEvaluatorPatternMatchType": ".user_identifier_condition_evaluator_pattern_match_type",
    "UserIdentifierPolicyRuleCondition": ".user_identifier_policy_rule_condition",
    "UserIdentifierPolicyRuleConditionType": ".user_identifier_policy_rule_condition_type",
    "UserIdentityProviderLinkRequest": ".user_identity_provider_link_request",
    "UserLifecycleAttributePolicyRuleCondition": ".user_lifecycle_attribute_policy_rule_condition",
    "UserNextLogin": ".user_next_login",
    "UserPolicyRuleCondition": ".user_policy_rule_condition",
    "UserProfile": ".user_profile",
    "UserSchema": ".user_schema",
    "UserSchemaAttribute": ".user_schema_attribute",
    "UserSchemaAttributeEnum": ".user_schema_attribute_enum",
    "UserSchemaAttributeItems": ".user_schema_attribute_items",
    "UserSchemaAttributeMaster": ".user_schema_attribute_master",
    "UserSchemaAttributeMasterPriority": ".user_schema_attribute_master_priority",
    "UserSchemaAttributeMasterType": ".user_schema_attribute_master_type",
    "UserSchemaAttributePermission": ".user_schema_attribute_permission",
    "UserSchemaAttributeScope": ".user_schema_attribute_scope",
    "UserSchemaAttributeType": ".user_schema_attribute_type",
    "UserSchemaAttributeUnion": ".user_schema_attribute_union",
    "UserSchemaBase": ".user_schema_base",
    "UserSchemaBaseProperties": ".user_schema_base_properties",
    "UserSchemaDefinitions": ".user_schema_definitions",
    "UserSchemaProperties": ".user_schema_properties",
    "UserSchemaPropertiesProfile": ".user_schema_properties_profile",
    "UserSchemaPropertiesProfileItem": ".user_schema_properties_profile_item",
    "UserSchemaPublic": ".user_schema_public",
    "UserSchemaPublicProperties": ".user_schema_public_properties",
    "UserStatus": ".user_status",
    "UserStatusPolicyRuleCondition": ".user_status_policy_rule_condition",
    "UserStatusPolicyRuleConditionValue": ".user_status_policy_rule_condition_value",
    "UserType": ".user_type",
    "UserTypeCondition": ".user_type_condition",
    "UserVerificationEnum": ".user_verification_enum",
    "VerificationMethod": ".verification_method",
    "VerifyFactorRequest": ".verify_factor_request",
    "VerifyUserFactorResponse": ".verify_user_factor_response",
    "VerifyUserFactorResponseFactorResult": ".verify_user_factor_response_factor_result",
    "WebAuthnUserFactor": ".web_authn_user_factor",
    "WebAuthnUserFactorProfile": ".web_authn_user_factor_profile",
    "WebUserFactor": ".web_user_factor",
    "WebUserFactorProfile": ".web_user_factor_profile",
    "WsFederationApplication": ".ws_federation_application",
    "WsFederationApplicationSettings": ".ws_federation_application_settings",
    "WsFederationApplicationSettingsApplication": ".ws_federation_application_settings_application",
}

__all__ = (
    "AccessPolicy",
    "AccessPolicyConstraint",
    "AccessPolicyConstraints",
    "AccessPolicyRule",
    "AccessPolicyRuleActions",
    "AccessPolicyRuleApplicationSignOn",
    "AccessPolicyRuleConditions",
    "AccessPolicyRuleCustomCondition",
    "AcsEndpoint",
    "ActivateFactorRequest",
    "AllowedForEnum",
    "AppAndInstanceConditionEvaluatorAppOrInstance",
    "AppAndInstanceConditionEvaluatorAppOrInstanceType",
    "AppAndInstancePolicyRuleCondition",
    "AppInstancePolicyRuleCondition",
    "Application",
    "ApplicationAccessibility",
    "ApplicationCredentials",
    "ApplicationCredentialsOAuthClient",
    "ApplicationCredentialsScheme",
    "ApplicationCredentialsSigning",
    "ApplicationCredentialsSigningUse",
    "ApplicationCredentialsUsernameTemplate",
    "ApplicationFeature",
    "ApplicationGroupAssignment",
    "ApplicationLicensing",
    "ApplicationSettings",
    "ApplicationSettingsApplication",
    "ApplicationSettingsNotes",
    "ApplicationSettingsNotifications",
    "ApplicationSettingsNotificationsVpn",
    "ApplicationSettingsNotificationsVpnNetwork",
    "ApplicationSignOnMode",
    "ApplicationStatus",
    "ApplicationVisibility",
    "ApplicationVisibilityAppLinks",
    "ApplicationVisibilityHide",
    "AppLink",
    "AppUser",
    "AppUserCredentials",
    "AppUserPasswordCredential",
    "AssignRoleRequest",
    "AuthenticationProvider",
    "AuthenticationProviderType",
    "Authenticator",
    "AuthenticatorProvider",
    "AuthenticatorProviderConfiguration",
    "AuthenticatorProviderConfigurationUserNamePlate",
    "AuthenticatorSettings",
    "AuthenticatorStatus",
    "AuthenticatorType",
    "AuthorizationServer",
    "AuthorizationServerCredentials",
    "AuthorizationServerCredentialsRotationMode",
    "AuthorizationServerCredentialsSigningConfig",
    "AuthorizationServerCredentialsUse",
    "AuthorizationServerIssuerMode",
    "AuthorizationServerPolicy",
    "AuthorizationServerPolicyRule",
    "AuthorizationServerPolicyRuleActions",
    "AuthorizationServerPolicyRuleConditions",
    "AuthorizationServerPolicyRuleStatus",
    "AuthorizationServerPolicyRuleType",
    "AuthorizationServerPolicyStatus",
    "AuthorizationServerStatus",
    "AutoLoginApplication",
    "AutoLoginApplicationSettings",
    "AutoLoginApplicationSettingsSignOn",
    "BasicApplicationSettings",
    "BasicApplicationSettingsApplication",
    "BasicAuthApplication",
    "BeforeScheduledActionPolicyRuleCondition",
    "BookmarkApplication",
    "BookmarkApplicationSettings",
    "BookmarkApplicationSettingsApplication",
    "Brand",
    "BrowserPluginApplication",
    "CallUserFactor",
    "CallUserFactorProfile",
    "CapabilitiesCreateObject",
    "CapabilitiesObject",
    "CapabilitiesUpdateObject",
    "CatalogApplication",
    "CatalogApplicationStatus",
    "ChangeEnum",
    "ChangePasswordRequest",
    "ChannelBinding",
    "ClientPolicyCondition",
    "ClientSecret",
    "ClientSecretMetadata",
    "ClientSecretStatus",
    "Compliance",
    "ContextPolicyRuleCondition",
    "CreateSessionRequest",
    "CreateUserRequest",
    "Csr",
    "CsrMetadata",
    "CsrMetadataSubject",
    "CsrMetadataSubjectAltNames",
    "CustomHotpUserFactor",
    "CustomHotpUserFactorProfile",
    "DeviceAccessPolicyRuleCondition",
    "DevicePolicyRuleCondition",
    "DevicePolicyRuleConditionPlatform",
    "DevicePolicyRuleConditionPlatformSupportedMDMFrameworksItem",
    "DevicePolicyRuleConditionPlatformTypesItem",
    "DevicePolicyRuleConditionTrustLevel",
    "DNSRecord",
    "DNSRecordType",
    "Domain",
    "DomainCertificate",
    "DomainCertificateMetadata",
    "DomainCertificateSourceType",
    "DomainCertificateType",
    "DomainListResponse",
    "DomainValidationStatus",
    "Duration",
    "EmailTemplate",
    "EmailTemplateContent",
    "EmailTemplateCustomization",
    "EmailTemplateCustomizationRequest",
    "EmailTemplateTestRequest",
    "EmailTemplateTouchPointVariant",
    "EmailUserFactor",
    "EmailUserFactorProfile",
    "EnabledStatus",
    "EndUserDashboardTouchPointVariant",
    "ErrorPageTouchPointVariant",
    "EventHook",
    "EventHookChannel",
    "EventHookChannelConfig",
    "EventHookChannelConfigAuthScheme",
    "EventHookChannelConfigAuthSchemeType",
    "EventHookChannelConfigHeader",
    "EventHookChannelType",
    "EventHookStatus",
    "EventHookVerificationStatus",
    "EventSubscriptions",
    "EventSubscriptionsType",
    "FactorProvider",
    "FactorResultType",
    "FactorStatus",
    "FactorType",
    "Feature",
    "FeatureStage",
    "FeatureStageState",
    "FeatureStageValue",
    "FeatureType",
    "FipsEnum",
    "ForgotPasswordResponse",
    "GovernanceAccessScopeType",
    "GovernanceApprovalDecision",
    "GovernanceApprovalDecisionType",
    "GovernanceApprovalProviderType",
    "GovernanceError",
    "GovernanceErrorCause",
    "GovernanceLink",
    "GovernanceLinkHints",
    "GovernanceListLinks",
    "GovernancePrincipal",
    "GovernancePrincipalType",
    "GovernanceRequestApproval",
    "GovernanceRequestApprovalStatus",
    "GovernanceRequestedResource",
    "GovernanceRequestedResourceType",
    "GovernanceRequestSubmissionType",
    "GovernanceRiskAssessment",
    "GovernanceRiskRule",
    "GovernanceSelfLinks",
    "GovernanceTargetPrincipal",
    "GovernanceTargetPrincipalType",
    "GrantTypePolicyRuleCondition",
    "Group",
    "GroupCondition",
    "GroupPolicyRuleCondition",
    "GroupProfile",
    "GroupRule",
    "GroupRuleAction",
    "GroupRuleConditions",
    "GroupRuleExpression",
    "GroupRuleGroupAssignment",
    "GroupRuleGroupCondition",
    "GroupRulePeopleCondition",
    "GroupRuleStatus",
    "GroupRuleUserCondition",
    "GroupSchema",
    "GroupSchemaAttribute",
    "GroupSchemaBase",
    "GroupSchemaBaseProperties",
    "GroupSchemaCustom",
    "GroupSchemaCustomProperties",
    "GroupSchemaDefinitions",
    "GroupType",
    "HardwareUserFactor",
    "HardwareUserFactorProfile",
    "IdentityProvider",
    "IdentityProviderApplicationUser",
    "IdentityProviderCredentials",
    "IdentityProviderCredentialsClient",
    "IdentityProviderCredentialsSigning",
    "IdentityProviderCredentialsTrust",
    "IdentityProviderCredentialsTrustRevocation",
    "IdentityProviderIssuerMode",
    "IdentityProviderPolicy",
    "IdentityProviderPolicyRuleCondition",
    "IdentityProviderPolicyRuleConditionProvider",
    "IdentityProviderStatus",
    "IdentityProviderType",
    "IdpPolicyRuleAction",
    "IdpPolicyRuleActionProvider",
    "IframeEmbedScopeAllowedApps",
    "ImageUploadResponse",
    "InactivityPolicyRuleCondition",
    "InlineHook",
    "InlineHookChannel",
    "InlineHookChannelConfig",
    "InlineHookChannelConfigAuthScheme",
    "InlineHookChannelConfigHeaders",
    "InlineHookChannelType",
    "InlineHookPayload",
    "InlineHookResponse",
    "InlineHookResponseCommands",
    "InlineHookResponseCommandValue",
    "InlineHookStatus",
    "InlineHookType",
    "IonField",
    "IonForm",
    "JsonWebKey",
    "JwkUse",
    "JwkUseUse",
    "KnowledgeConstraint",
    "LifecycleCreateSettingObject",
    "LifecycleDeactivateSettingObject",
    "LifecycleExpirationPolicyRuleCondition",
    "LinkedObject",
    "LinkedObjectDetails",
    "LinkedObjectDetailsType",
    "LogActor",
    "LogAuthenticationContext",
    "LogAuthenticationProvider",
    "LogClient",
    "LogCredentialProvider",
    "LogCredentialType",
    "LogDebugContext",
    "LogEvent",
    "LogGeographicalContext",
    "LogGeolocation",
    "LogIpAddress",
    "LogIssuer",
    "LogOutcome",
    "LogRequest",
    "LogSecurityContext",
    "LogSeverity",
    "LogTarget",
    "LogTransaction",
    "LogUserAgent",
    "MDMEnrollmentPolicyRuleCondition",
    "MDMEnrollmentPolicyRuleConditionEnrollment",
    "MultifactorEnrollmentPolicy",
    "MultifactorEnrollmentPolicyAuthenticatorSettings",
    "MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints",
    "MultifactorEnrollmentPolicyAuthenticatorSettingsEnroll",
    "MultifactorEnrollmentPolicyAuthenticatorStatus",
    "MultifactorEnrollmentPolicyAuthenticatorType",
    "MultifactorEnrollmentPolicySettings",
    "MultifactorEnrollmentPolicySettingsType",
    "MyAccessRequest",
    "MyAccessRequestCreate",
    "MyAccessRequestGrantStatus",
    "MyAccessRequestLinks",
    "MyAccessRequestRevocationStatus",
    "MyAccessRequestStatus",
    "MyCatalogEntry",
    "MyCatalogEntryCounts",
    "MyCatalogEntryLinks",
    "MyCatalogEntryList",
    "MyCatalogEntryRequestFields",
    "MyCatalogEntryRequestFieldsMetadata",
    "MyCatalogEntryResourceCounts",
    "MyCatalogEntryUser",
    "MyCatalogEntryUserList",
    "NetworkZone",
    "NetworkZoneAddress",
    "NetworkZoneAddressType",
    "NetworkZoneLocation",
    "NetworkZoneStatus",
    "NetworkZoneType",
    "NetworkZoneUsage",
    "NotificationType",
    "OAuth2Actor",
    "OAuth2Claim",
    "OAuth2ClaimClaimType",
    "OAuth2ClaimConditions",
    "OAuth2ClaimGroupFilterType",
    "OAuth2ClaimStatus",
    "OAuth2ClaimValueType",
    "OAuth2Client",
    "OAuth2RefreshToken",
    "OAuth2RefreshTokenStatus",
    "OAuth2Scope",
    "OAuth2ScopeConsent",
    "OAuth2ScopeConsentGrant",
    "OAuth2ScopeConsentGrantSource",
    "OAuth2ScopeConsentGrantStatus",
    "OAuth2ScopeMetadataPublish",
    "OAuth2ScopesMediationPolicyRuleCondition",
    "OAuth2Token",
    "OAuth2TokenStatus",
    "OAuthApplicationCredentials",
    "OAuthAuthorizationPolicy",
    "OAuthEndpointAuthenticationMethod",
    "OAuthGrantType",
    "OAuthResponseType",
    "OktaSignOnPolicy",
    "OktaSignOnPolicyConditions",
    "OktaSignOnPolicyRule",
    "OktaSignOnPolicyRuleActions",
    "OktaSignOnPolicyRuleConditions",
    "OktaSignOnPolicyRuleSignonActions",
    "OktaSignOnPolicyRuleSignonActionsAccess",
    "OktaSignOnPolicyRuleSignonActionsFactorPromptMode",
    "OktaSignOnPolicyRuleSignonSessionActions",
    "OpenIdConnectApplication",
    "OpenIdConnectApplicationConsentMethod",
    "OpenIdConnectApplicationIdpInitiatedLogin",
    "OpenIdConnectApplicationIssuerMode",
    "OpenIdConnectApplicationSettings",
    "OpenIdConnectApplicationSettingsClient",
    "OpenIdConnectApplicationSettingsClientKeys",
    "OpenIdConnectApplicationSettingsRefreshToken",
    "OpenIdConnectApplicationType",
    "OpenIdConnectRefreshTokenRotationType",
    "Org2OrgApplication",
    "Org2OrgApplicationSettings",
    "Org2OrgApplicationSettingsApp",
    "OrgContactType",
    "OrgContactTypeObj",
    "OrgContactUser",
    "OrgOktaCommunicationSetting",
    "OrgOktaSupportSetting",
    "OrgOktaSupportSettingsObj",
    "OrgPreferences",
    "OrgSetting",
    "PasswordCredential",
    "PasswordCredentialHash",
    "PasswordCredentialHashAlgorithm",
    "PasswordCredentialHook",
    "PasswordDictionary",
    "PasswordDictionaryCommon",
    "PasswordExpirationPolicyRuleCondition",
    "PasswordPolicy",
    "PasswordPolicyAuthenticationProviderCondition",
    "PasswordPolicyAuthenticationProviderConditionProvider",
    "PasswordPolicyConditions",
    "PasswordPolicyDelegationSettings",
    "PasswordPolicyDelegationSettingsOptions",
    "PasswordPolicyPasswordSettings",
    "PasswordPolicyPasswordSettingsAge",
    "PasswordPolicyPasswordSettingsComplexity",
    "PasswordPolicyPasswordSettingsLockout",
    "PasswordPolicyRecoveryEmail",
    "PasswordPolicyRecoveryEmailProperties",
    "PasswordPolicyRecoveryEmailRecoveryToken",
    "PasswordPolicyRecoveryEmailStatus",
    "PasswordPolicyRecoveryFactors",
    "PasswordPolicyRecoveryFactorSettings",
    "PasswordPolicyRecoveryFactorSettingsStatus",
    "PasswordPolicyRecoveryQuestion",
    "PasswordPolicyRecoveryQuestionComplexity",
    "PasswordPolicyRecoveryQuestionProperties",
    "PasswordPolicyRecoveryQuestionStatus",
    "PasswordPolicyRecoverySettings",
    "PasswordPolicyRule",
    "PasswordPolicyRuleAction",
    "PasswordPolicyRuleActionAccess",
    "PasswordPolicyRuleActions",
    "PasswordPolicyRuleConditions",
    "PasswordPolicySettings",
    "PasswordSettingObject",
    "PlatformConditionEvaluatorPlatform",
    "PlatformConditionEvaluatorPlatformOperatingSystem",
    "PlatformConditionEvaluatorPlatformOperatingSystemType",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersion",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersionMatchType",
    "PlatformConditionEvaluatorPlatformType",
    "PlatformPolicyRuleCondition",
    "Policy",
    "PolicyAccountLink",
    "PolicyAccountLinkAction",
    "PolicyAccountLinkFilter",
    "PolicyAccountLinkFilterGroups",
    "PolicyNetworkCondition",
    "PolicyNetworkConditionConnection",
    "PolicyPeopleCondition",
    "PolicyRule",
    "PolicyRuleActions",
    "PolicyRuleActionsEnroll",
    "PolicyRuleActionsEnrollSelf",
    "PolicyRuleAuthContextCondition",
    "PolicyRuleAuthContextConditionAuthType",
    "PolicyRuleConditions",
    "PolicyRuleStatus",
    "PolicyRuleType",
    "PolicyStatus",
    "PolicySubject",
    "PolicySubjectMatchType",
    "PolicyType",
    "PolicyUserNameTemplate",
    "PossessionConstraint",
    "PreRegistrationInlineHook",
    "PreviewSamlAppMetadataResponse200",
    "PreviewSamlAppMetadataResponse200EntityDescriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService",
    "PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService",
    "ProfileEnrollmentPolicy",
    "ProfileEnrollmentPolicyRule",
    "ProfileEnrollmentPolicyRuleAction",
    "ProfileEnrollmentPolicyRuleActions",
    "ProfileEnrollmentPolicyRuleActivationRequirement",
    "ProfileEnrollmentPolicyRuleProfileAttribute",
    "ProfileMapping",
    "ProfileMappingProperties",
    "ProfileMappingProperty",
    "ProfileMappingPropertyPushStatus",
    "ProfileMappingSource",
    "ProfileSettingObject",
    "Protocol",
    "ProtocolAlgorithms",
    "ProtocolAlgorithmType",
    "ProtocolAlgorithmTypeSignature",
    "ProtocolAlgorithmTypeSignatureScope",
    "ProtocolEndpoint",
    "ProtocolEndpointBinding",
    "ProtocolEndpoints",
    "ProtocolEndpointType",
    "ProtocolRelayState",
    "ProtocolRelayStateFormat",
    "ProtocolSettings",
    "ProtocolType",
    "Provisioning",
    "ProvisioningAction",
    "ProvisioningConditions",
    "ProvisioningConnection",
    "ProvisioningConnectionAuthScheme",
    "ProvisioningConnectionProfile",
    "ProvisioningConnectionRequest",
    "ProvisioningConnectionStatus",
    "ProvisioningDeprovisionedCondition",
    "ProvisioningDeprovisionedConditionAction",
    "ProvisioningGroups",
    "ProvisioningGroupsAction",
    "ProvisioningSuspendedCondition",
    "ProvisioningSuspendedConditionAction",
    "PushUserFactor",
    "PushUserFactorProfile",
    "RecoveryQuestionCredential",
    "RequesterField",
    "RequesterFieldType",
    "RequesterFieldValue",
    "RequiredEnum",
    "ResetPasswordToken",
    "ResponseLinks",
    "RiskPolicyRuleCondition",
    "RiskScorePolicyRuleCondition",
    "Role",
    "RoleAssignmentType",
    "RoleStatus",
    "RoleType",
    "SamlApplication",
    "SamlApplicationSettings",
    "SamlApplicationSettingsSignOn",
    "SamlAttributeStatement",
    "ScheduledUserLifecycleAction",
    "ScheduledUserLifecycleActionStatus",
    "SchemeApplicationCredentials",
    "Scope",
    "ScopeType",
    "SecurePasswordStoreApplication",
    "SecurePasswordStoreApplicationSettings",
    "SecurePasswordStoreApplicationSettingsApplication",
    "SecurityQuestion",
    "SecurityQuestionUserFactor",
    "SecurityQuestionUserFactorProfile",
    "SeedEnum",
    "Session",
    "SessionAuthenticationMethod",
    "SessionIdentityProvider",
    "SessionIdentityProviderType",
    "SessionStatus",
    "SignInPageTouchPointVariant",
    "SignOnInlineHook",
    "SingleLogout",
    "SmsTemplate",
    "SmsTemplateTranslations",
    "SmsTemplateType",
    "SmsUserFactor",
    "SmsUserFactorProfile",
    "SocialAuthToken",
    "SpCertificate",
    "Subscription",
    "SubscriptionStatus",
    "SwaApplication",
    "SwaApplicationSettings",
    "SwaApplicationSettingsApplication",
    "SwaThreeFieldApplication",
    "SwaThreeFieldApplicationSettings",
    "SwaThreeFieldApplicationSettingsApplication",
    "TempPassword",
    "Theme",
    "ThemeResponse",
    "ThreatInsightConfiguration",
    "TokenAuthorizationServerPolicyRuleAction",
    "TokenAuthorizationServerPolicyRuleActionInlineHook",
    "TokenUserFactor",
    "TokenUserFactorProfile",
    "TotpUserFactor",
    "TotpUserFactorProfile",
    "TrustedOrigin",
    "U2FUserFactor",
    "U2FUserFactorProfile",
    "UpdateOrgLogoBody",
    "UploadApplicationLogoBody",
    "UploadBrandThemeBackgroundImageBody",
    "UploadBrandThemeFaviconBody",
    "UploadBrandThemeLogoBody",
    "User",
    "UserActivationToken",
    "UserCondition",
    "UserCredentials",
    "UserFactor",
    "UserIdentifierConditionEvaluatorPattern",
    "UserIdentifierConditionEvaluatorPatternMatchType",
    "UserIdentifierPolicyRuleCondition",
    "UserIdentifierPolicyRuleConditionType",
    "UserIdentityProviderLinkRequest",
    "UserIdString",
    "UserLifecycleAttributePolicyRuleCondition",
    "UserNextLogin",
    "UserPolicyRuleCondition",
    "UserProfile",
    "UserSchema",
    "UserSchemaAttribute",
    "UserSchemaAttributeEnum",
    "UserSchemaAttributeItems",
    "UserSchemaAttributeMaster",
    "UserSchemaAttributeMasterPriority",
    "UserSchemaAttributeMasterType",
    "UserSchemaAttributePermission",
    "UserSchemaAttributeScope",
    "UserSchemaAttributeType",
    "UserSchemaAttributeUnion",
    "UserSchemaBase",
    "UserSchemaBaseProperties",
    "UserSchemaDefinitions",
    "UserSchemaProperties",
    "UserSchemaPropertiesProfile",
    "UserSchemaPropertiesProfileItem",
    "UserSchemaPublic",
    "UserSchemaPublicProperties",
    "UserStatus",
    "UserStatusPolicyRuleCondition",
    "UserStatusPolicyRuleConditionValue",
    "UserType",
    "UserTypeCondition",
    "UserVerificationEnum",
    "VerificationMethod",
    "VerifyFactorRequest",
    "VerifyUserFactorResponse",
    "VerifyUserFactorResponseFactorResult",
    "WebAuthnUserFactor",
    "WebAuthnUserFactorProfile",
    "WebUserFactor",
    "WebUserFactorProfile",
    "WsFederationApplication",
    "WsFederationApplicationSettings",
    "WsFederationApplicationSettingsApplication",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
