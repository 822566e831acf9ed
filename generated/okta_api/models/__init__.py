"""Every model and enum, each loaded from its own module on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aaguid_authenticator_characteristics import AAGUIDAuthenticatorCharacteristics
    from .aaguid_group_object import AAGUIDGroupObject
    from .access_policy import AccessPolicy
    from .access_policy_constraint import AccessPolicyConstraint
    from .access_policy_constraint_methods import AccessPolicyConstraintMethods
    from .access_policy_constraint_types import AccessPolicyConstraintTypes
    from .access_policy_constraints import AccessPolicyConstraints
    from .access_policy_embedded import AccessPolicyEmbedded
    from .access_policy_link import AccessPolicyLink
    from .access_policy_rule import AccessPolicyRule
    from .access_policy_rule_actions import AccessPolicyRuleActions
    from .access_policy_rule_application_sign_on import AccessPolicyRuleApplicationSignOn
    from .access_policy_rule_application_sign_on_access import AccessPolicyRuleApplicationSignOnAccess
    from .access_policy_rule_conditions import AccessPolicyRuleConditions
    from .access_policy_rule_custom_condition import AccessPolicyRuleCustomCondition
    from .access_token_key_encryption_algorithm import AccessTokenKeyEncryptionAlgorithm
    from .account_linked_enrollment import AccountLinkedEnrollment
    from .account_linked_enrollment_embedded import AccountLinkedEnrollmentEmbedded
    from .account_linked_enrollment_profile import AccountLinkedEnrollmentProfile
    from .account_linked_enrollment_profile_authentication_method import (
        AccountLinkedEnrollmentProfileAuthenticationMethod,
    )
    from .account_linked_enrollment_status import AccountLinkedEnrollmentStatus
    from .account_linked_enrollment_type import AccountLinkedEnrollmentType
    from .acs_endpoint import AcsEndpoint
    from .action_provider import ActionProvider
    from .action_provider_payload_type import ActionProviderPayloadType
    from .action_provider_type import ActionProviderType
    from .actions import Actions
    from .active_directory_group_scope import ActiveDirectoryGroupScope
    from .active_directory_group_type import ActiveDirectoryGroupType
    from .add_group_body import AddGroupBody
    from .admin_console_settings import AdminConsoleSettings
    from .agent import Agent
    from .agent_action import AgentAction
    from .agent_pool import AgentPool
    from .agent_pool_update import AgentPoolUpdate
    from .agent_pool_update_setting_request import AgentPoolUpdateSettingRequest
    from .agent_pool_update_setting_response import AgentPoolUpdateSettingResponse
    from .agent_type import AgentType
    from .agent_update_instance_status import AgentUpdateInstanceStatus
    from .agent_update_job_status import AgentUpdateJobStatus
    from .allowed_for_enum import AllowedForEnum
    from .android_device_trust import AndroidDeviceTrust
    from .api_service import ApiService
    from .api_service_authentication_method import ApiServiceAuthenticationMethod
    from .api_service_capability import ApiServiceCapability
    from .api_service_capability_capability import ApiServiceCapabilityCapability
    from .api_service_capability_supported_protocols_item import ApiServiceCapabilitySupportedProtocolsItem
    from .api_service_integration_instance import APIServiceIntegrationInstance
    from .api_service_integration_instance_secret import APIServiceIntegrationInstanceSecret
    from .api_service_integration_instance_secret_status import APIServiceIntegrationInstanceSecretStatus
    from .api_service_integration_links import APIServiceIntegrationLinks
    from .api_service_integration_secret_links import APIServiceIntegrationSecretLinks
    from .api_token import ApiToken
    from .api_token_network import ApiTokenNetwork
    from .api_token_update import ApiTokenUpdate
    from .api_token_update_network import ApiTokenUpdateNetwork
    from .apns_configuration import APNSConfiguration
    from .apns_push_provider import APNSPushProvider
    from .app_account_container_details import AppAccountContainerDetails
    from .app_account_container_link import AppAccountContainerLink
    from .app_and_instance_condition_evaluator_app_or_instance import AppAndInstanceConditionEvaluatorAppOrInstance
    from .app_and_instance_policy_rule_condition import AppAndInstancePolicyRuleCondition
    from .app_and_instance_type import AppAndInstanceType
    from .app_config import AppConfig
    from .app_config_active_directory import AppConfigActiveDirectory
    from .app_config_type import AppConfigType
    from .app_connection_user_provision_jwk_list import AppConnectionUserProvisionJWKList
    from .app_connection_user_provision_jwk_response import AppConnectionUserProvisionJWKResponse
    from .app_custom_href_object import AppCustomHrefObject
    from .app_custom_href_object_hints import AppCustomHrefObjectHints
    from .app_group import AppGroup
    from .app_instance_container_status import AppInstanceContainerStatus
    from .app_instance_policy_rule_condition import AppInstancePolicyRuleCondition
    from .app_instance_property import AppInstanceProperty
    from .app_properties import AppProperties
    from .app_properties_additional_property import AppPropertiesAdditionalProperty
    from .app_resource_href_object import AppResourceHrefObject
    from .app_service_account import AppServiceAccount
    from .app_service_account_credentials import AppServiceAccountCredentials
    from .app_service_account_for_update import AppServiceAccountForUpdate
    from .app_user import AppUser
    from .app_user_assign_request import AppUserAssignRequest
    from .app_user_credentials import AppUserCredentials
    from .app_user_credentials_request_payload import AppUserCredentialsRequestPayload
    from .app_user_password_credential import AppUserPasswordCredential
    from .app_user_profile import AppUserProfile
    from .app_user_profile_request_payload import AppUserProfileRequestPayload
    from .app_user_scope import AppUserScope
    from .app_user_status import AppUserStatus
    from .app_user_sync_state import AppUserSyncState
    from .apple_client_signing import AppleClientSigning
    from .application import Application
    from .application_accessibility import ApplicationAccessibility
    from .application_capability import ApplicationCapability
    from .application_credentials import ApplicationCredentials
    from .application_credentials_o_auth_client import ApplicationCredentialsOAuthClient
    from .application_credentials_scheme import ApplicationCredentialsScheme
    from .application_credentials_signing import ApplicationCredentialsSigning
    from .application_credentials_signing_use import ApplicationCredentialsSigningUse
    from .application_credentials_username_template import ApplicationCredentialsUsernameTemplate
    from .application_credentials_username_template_push_status import ApplicationCredentialsUsernameTemplatePushStatus
    from .application_credentials_username_template_type import ApplicationCredentialsUsernameTemplateType
    from .application_embedded import ApplicationEmbedded
    from .application_express_configuration import ApplicationExpressConfiguration
    from .application_feature import ApplicationFeature
    from .application_feature_type import ApplicationFeatureType
    from .application_features import ApplicationFeatures
    from .application_group_assignment import ApplicationGroupAssignment
    from .application_group_assignment_links import ApplicationGroupAssignmentLinks
    from .application_layout import ApplicationLayout
    from .application_layout_elements_item import ApplicationLayoutElementsItem
    from .application_layout_rule import ApplicationLayoutRule
    from .application_layout_rule_condition import ApplicationLayoutRuleCondition
    from .application_layouts import ApplicationLayouts
    from .application_layouts_links import ApplicationLayoutsLinks
    from .application_licensing import ApplicationLicensing
    from .application_lifecycle_status import ApplicationLifecycleStatus
    from .application_links import ApplicationLinks
    from .application_settings import ApplicationSettings
    from .application_settings_em_opt_in_status import ApplicationSettingsEmOptInStatus
    from .application_settings_notes import ApplicationSettingsNotes
    from .application_settings_notifications import ApplicationSettingsNotifications
    from .application_settings_notifications_vpn import ApplicationSettingsNotificationsVpn
    from .application_settings_notifications_vpn_network import ApplicationSettingsNotificationsVpnNetwork
    from .application_settings_notifications_vpn_network_connection import (
        ApplicationSettingsNotificationsVpnNetworkConnection,
    )
    from .application_sign_on_mode import ApplicationSignOnMode
    from .application_type import ApplicationType
    from .application_universal_logout import ApplicationUniversalLogout
    from .application_universal_logout_identity_stack import ApplicationUniversalLogoutIdentityStack
    from .application_universal_logout_protocol import ApplicationUniversalLogoutProtocol
    from .application_universal_logout_status import ApplicationUniversalLogoutStatus
    from .application_universal_logout_support_type import ApplicationUniversalLogoutSupportType
    from .application_visibility import ApplicationVisibility
    from .application_visibility_app_links import ApplicationVisibilityAppLinks
    from .application_visibility_hide import ApplicationVisibilityHide
    from .assign_group_owner_request_body import AssignGroupOwnerRequestBody
    from .assign_role_request import AssignRoleRequest
    from .assign_user_to_realm import AssignUserToRealm
    from .assigned_app_link import AssignedAppLink
    from .associated_server_mediated import AssociatedServerMediated
    from .assurance_method import AssuranceMethod
    from .assurance_method_factor_mode import AssuranceMethodFactorMode
    from .attack_protection_authenticator_settings import AttackProtectionAuthenticatorSettings
    from .attestation_root_certificates_request_item import AttestationRootCertificatesRequestItem
    from .attestation_root_certificates_response_item import AttestationRootCertificatesResponseItem
    from .auth_server_links import AuthServerLinks
    from .auth_settings import AuthSettings
    from .auth_type import AuthType
    from .authentication_method import AuthenticationMethod
    from .authentication_method_chain import AuthenticationMethodChain
    from .authentication_method_chain_method import AuthenticationMethodChainMethod
    from .authentication_method_chain_next_item import AuthenticationMethodChainNextItem
    from .authentication_method_hardware_protection import AuthenticationMethodHardwareProtection
    from .authentication_method_object import AuthenticationMethodObject
    from .authentication_method_phishing_resistant import AuthenticationMethodPhishingResistant
    from .authentication_method_user_verification import AuthenticationMethodUserVerification
    from .authentication_method_user_verification_methods_item import AuthenticationMethodUserVerificationMethodsItem
    from .authentication_provider import AuthenticationProvider
    from .authentication_provider_type import AuthenticationProviderType
    from .authentication_provider_type_writable import AuthenticationProviderTypeWritable
    from .authentication_provider_writable import AuthenticationProviderWritable
    from .authenticator_base import AuthenticatorBase
    from .authenticator_enrollment import AuthenticatorEnrollment
    from .authenticator_enrollment_create_request import AuthenticatorEnrollmentCreateRequest
    from .authenticator_enrollment_create_request_tac import AuthenticatorEnrollmentCreateRequestTac
    from .authenticator_enrollment_links import AuthenticatorEnrollmentLinks
    from .authenticator_enrollment_policy import AuthenticatorEnrollmentPolicy
    from .authenticator_enrollment_policy_authenticator_settings import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettings,
    )
    from .authenticator_enrollment_policy_authenticator_settings_constraints import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
    )
    from .authenticator_enrollment_policy_authenticator_settings_enroll import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
    )
    from .authenticator_enrollment_policy_authenticator_status import AuthenticatorEnrollmentPolicyAuthenticatorStatus
    from .authenticator_enrollment_policy_authenticator_type import AuthenticatorEnrollmentPolicyAuthenticatorType
    from .authenticator_enrollment_policy_conditions import AuthenticatorEnrollmentPolicyConditions
    from .authenticator_enrollment_policy_conditions_people import AuthenticatorEnrollmentPolicyConditionsPeople
    from .authenticator_enrollment_policy_conditions_people_groups import (
        AuthenticatorEnrollmentPolicyConditionsPeopleGroups,
    )
    from .authenticator_enrollment_policy_rule import AuthenticatorEnrollmentPolicyRule
    from .authenticator_enrollment_policy_rule_action_enroll import AuthenticatorEnrollmentPolicyRuleActionEnroll
    from .authenticator_enrollment_policy_rule_action_enroll_self import (
        AuthenticatorEnrollmentPolicyRuleActionEnrollSelf,
    )
    from .authenticator_enrollment_policy_rule_actions import AuthenticatorEnrollmentPolicyRuleActions
    from .authenticator_enrollment_policy_rule_conditions import AuthenticatorEnrollmentPolicyRuleConditions
    from .authenticator_enrollment_policy_rule_conditions_people import (
        AuthenticatorEnrollmentPolicyRuleConditionsPeople,
    )
    from .authenticator_enrollment_policy_rule_conditions_people_users import (
        AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers,
    )
    from .authenticator_enrollment_policy_settings import AuthenticatorEnrollmentPolicySettings
    from .authenticator_enrollment_policy_settings_type import AuthenticatorEnrollmentPolicySettingsType
    from .authenticator_identity import AuthenticatorIdentity
    from .authenticator_key_custom_app import AuthenticatorKeyCustomApp
    from .authenticator_key_custom_app_provider import AuthenticatorKeyCustomAppProvider
    from .authenticator_key_custom_app_provider_configuration import AuthenticatorKeyCustomAppProviderConfiguration
    from .authenticator_key_custom_app_provider_configuration_apns import (
        AuthenticatorKeyCustomAppProviderConfigurationApns,
    )
    from .authenticator_key_custom_app_provider_configuration_fcm import (
        AuthenticatorKeyCustomAppProviderConfigurationFcm,
    )
    from .authenticator_key_custom_app_provider_type import AuthenticatorKeyCustomAppProviderType
    from .authenticator_key_custom_app_settings import AuthenticatorKeyCustomAppSettings
    from .authenticator_key_custom_otp import AuthenticatorKeyCustomOtp
    from .authenticator_key_duo import AuthenticatorKeyDuo
    from .authenticator_key_duo_provider import AuthenticatorKeyDuoProvider
    from .authenticator_key_duo_provider_configuration import AuthenticatorKeyDuoProviderConfiguration
    from .authenticator_key_duo_provider_configuration_user_name_template import (
        AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
    )
    from .authenticator_key_duo_provider_type import AuthenticatorKeyDuoProviderType
    from .authenticator_key_email import AuthenticatorKeyEmail
    from .authenticator_key_email_settings import AuthenticatorKeyEmailSettings
    from .authenticator_key_enum import AuthenticatorKeyEnum
    from .authenticator_key_external_idp import AuthenticatorKeyExternalIdp
    from .authenticator_key_google_otp import AuthenticatorKeyGoogleOtp
    from .authenticator_key_okta_verify import AuthenticatorKeyOktaVerify
    from .authenticator_key_okta_verify_settings import AuthenticatorKeyOktaVerifySettings
    from .authenticator_key_onprem import AuthenticatorKeyOnprem
    from .authenticator_key_password import AuthenticatorKeyPassword
    from .authenticator_key_phone import AuthenticatorKeyPhone
    from .authenticator_key_phone_settings import AuthenticatorKeyPhoneSettings
    from .authenticator_key_security_key import AuthenticatorKeySecurityKey
    from .authenticator_key_security_question import AuthenticatorKeySecurityQuestion
    from .authenticator_key_security_question_settings import AuthenticatorKeySecurityQuestionSettings
    from .authenticator_key_smart_card import AuthenticatorKeySmartCard
    from .authenticator_key_symantec_vip import AuthenticatorKeySymantecVip
    from .authenticator_key_tac import AuthenticatorKeyTac
    from .authenticator_key_tac_provider import AuthenticatorKeyTacProvider
    from .authenticator_key_tac_provider_configuration import AuthenticatorKeyTacProviderConfiguration
    from .authenticator_key_tac_provider_configuration_complexity import (
        AuthenticatorKeyTacProviderConfigurationComplexity,
    )
    from .authenticator_key_tac_provider_type import AuthenticatorKeyTacProviderType
    from .authenticator_key_webauthn import AuthenticatorKeyWebauthn
    from .authenticator_key_yubikey import AuthenticatorKeyYubikey
    from .authenticator_links import AuthenticatorLinks
    from .authenticator_method_algorithm import AuthenticatorMethodAlgorithm
    from .authenticator_method_base import AuthenticatorMethodBase
    from .authenticator_method_constraint import AuthenticatorMethodConstraint
    from .authenticator_method_constraint_method import AuthenticatorMethodConstraintMethod
    from .authenticator_method_otp import AuthenticatorMethodOtp
    from .authenticator_method_property import AuthenticatorMethodProperty
    from .authenticator_method_push import AuthenticatorMethodPush
    from .authenticator_method_push_settings import AuthenticatorMethodPushSettings
    from .authenticator_method_signed_nonce import AuthenticatorMethodSignedNonce
    from .authenticator_method_signed_nonce_settings import AuthenticatorMethodSignedNonceSettings
    from .authenticator_method_simple import AuthenticatorMethodSimple
    from .authenticator_method_tac import AuthenticatorMethodTac
    from .authenticator_method_totp import AuthenticatorMethodTotp
    from .authenticator_method_totp_settings import AuthenticatorMethodTotpSettings
    from .authenticator_method_transaction_type import AuthenticatorMethodTransactionType
    from .authenticator_method_type import AuthenticatorMethodType
    from .authenticator_method_type_web_authn import AuthenticatorMethodTypeWebAuthn
    from .authenticator_method_web_authn import AuthenticatorMethodWebAuthn
    from .authenticator_method_web_authn_settings import AuthenticatorMethodWebAuthnSettings
    from .authenticator_method_with_verifiable_properties import AuthenticatorMethodWithVerifiableProperties
    from .authenticator_profile import AuthenticatorProfile
    from .authenticator_profile_tac_request import AuthenticatorProfileTacRequest
    from .authenticator_profile_tac_response_post import AuthenticatorProfileTacResponsePost
    from .authenticator_simple import AuthenticatorSimple
    from .authenticator_type import AuthenticatorType
    from .authorization_server import AuthorizationServer
    from .authorization_server_credentials import AuthorizationServerCredentials
    from .authorization_server_credentials_rotation_mode import AuthorizationServerCredentialsRotationMode
    from .authorization_server_credentials_signing_config import AuthorizationServerCredentialsSigningConfig
    from .authorization_server_credentials_use import AuthorizationServerCredentialsUse
    from .authorization_server_json_web_key import AuthorizationServerJsonWebKey
    from .authorization_server_policy import AuthorizationServerPolicy
    from .authorization_server_policy_conditions import AuthorizationServerPolicyConditions
    from .authorization_server_policy_links import AuthorizationServerPolicyLinks
    from .authorization_server_policy_people_condition import AuthorizationServerPolicyPeopleCondition
    from .authorization_server_policy_rule import AuthorizationServerPolicyRule
    from .authorization_server_policy_rule_actions import AuthorizationServerPolicyRuleActions
    from .authorization_server_policy_rule_conditions import AuthorizationServerPolicyRuleConditions
    from .authorization_server_policy_rule_group_condition import AuthorizationServerPolicyRuleGroupCondition
    from .authorization_server_policy_rule_request import AuthorizationServerPolicyRuleRequest
    from .authorization_server_policy_rule_status import AuthorizationServerPolicyRuleStatus
    from .authorization_server_policy_rule_type import AuthorizationServerPolicyRuleType
    from .authorization_server_policy_rule_user_condition import AuthorizationServerPolicyRuleUserCondition
    from .authorization_server_policy_status import AuthorizationServerPolicyStatus
    from .authorization_server_policy_type import AuthorizationServerPolicyType
    from .authorization_server_resource_href_object import AuthorizationServerResourceHrefObject
    from .auto_assign_admin_app_setting import AutoAssignAdminAppSetting
    from .auto_login_application import AutoLoginApplication
    from .auto_login_application_settings import AutoLoginApplicationSettings
    from .auto_login_application_settings_sign_on import AutoLoginApplicationSettingsSignOn
    from .auto_update_schedule import AutoUpdateSchedule
    from .available_action import AvailableAction
    from .available_action_provider import AvailableActionProvider
    from .available_actions import AvailableActions
    from .aws_region import AwsRegion
    from .base_context import BaseContext
    from .base_context_session import BaseContextSession
    from .base_context_user import BaseContextUser
    from .base_context_user_links import BaseContextUserLinks
    from .base_context_user_profile import BaseContextUserProfile
    from .base_email_domain import BaseEmailDomain
    from .base_email_server import BaseEmailServer
    from .base_email_server_create import BaseEmailServerCreate
    from .base_token import BaseToken
    from .base_token_token import BaseTokenToken
    from .base_token_token_lifetime import BaseTokenTokenLifetime
    from .basic_application_settings import BasicApplicationSettings
    from .basic_application_settings_application import BasicApplicationSettingsApplication
    from .basic_auth_application import BasicAuthApplication
    from .basicsmtpauth import BASICSMTPAUTH
    from .basicsmtpauthcreate import BASICSMTPAUTHCREATE
    from .before_scheduled_action_policy_rule_condition import BeforeScheduledActionPolicyRuleCondition
    from .behavior_rule import BehaviorRule
    from .behavior_rule_anomalous_device import BehaviorRuleAnomalousDevice
    from .behavior_rule_anomalous_ip import BehaviorRuleAnomalousIP
    from .behavior_rule_anomalous_location import BehaviorRuleAnomalousLocation
    from .behavior_rule_asn import BehaviorRuleASN
    from .behavior_rule_settings import BehaviorRuleSettings
    from .behavior_rule_settings_anomalous_asn import BehaviorRuleSettingsAnomalousASN
    from .behavior_rule_settings_anomalous_device import BehaviorRuleSettingsAnomalousDevice
    from .behavior_rule_settings_anomalous_ip import BehaviorRuleSettingsAnomalousIP
    from .behavior_rule_settings_anomalous_location import BehaviorRuleSettingsAnomalousLocation
    from .behavior_rule_settings_history_based import BehaviorRuleSettingsHistoryBased
    from .behavior_rule_settings_velocity import BehaviorRuleSettingsVelocity
    from .behavior_rule_type import BehaviorRuleType
    from .behavior_rule_velocity import BehaviorRuleVelocity
    from .binding_method import BindingMethod
    from .bookmark_application import BookmarkApplication
    from .bookmark_application_settings import BookmarkApplicationSettings
    from .bookmark_application_settings_application import BookmarkApplicationSettingsApplication
    from .bot_protection_configuration import BotProtectionConfiguration
    from .bot_protection_enforcement_type import BotProtectionEnforcementType
    from .bot_protection_level import BotProtectionLevel
    from .bot_protection_mode import BotProtectionMode
    from .bot_protection_supported_flow import BotProtectionSupportedFlow
    from .bounces_remove_list_error import BouncesRemoveListError
    from .bounces_remove_list_obj import BouncesRemoveListObj
    from .bounces_remove_list_result import BouncesRemoveListResult
    from .brand import Brand
    from .brand_domains import BrandDomains
    from .brand_request import BrandRequest
    from .brand_with_embedded import BrandWithEmbedded
    from .brand_with_embedded_embedded import BrandWithEmbeddedEmbedded
    from .brand_with_embedded_links import BrandWithEmbeddedLinks
    from .browser_plugin_application import BrowserPluginApplication
    from .browser_plugin_application_name import BrowserPluginApplicationName
    from .bulk_delete_request_body import BulkDeleteRequestBody
    from .bulk_delete_request_body_entity_type import BulkDeleteRequestBodyEntityType
    from .bulk_group_delete_request_body import BulkGroupDeleteRequestBody
    from .bulk_group_memberships_delete_request_body import BulkGroupMembershipsDeleteRequestBody
    from .bulk_group_memberships_upsert_request_body import BulkGroupMembershipsUpsertRequestBody
    from .bulk_group_upsert_request_body import BulkGroupUpsertRequestBody
    from .bulk_group_upsert_request_body_profiles_item import BulkGroupUpsertRequestBodyProfilesItem
    from .bulk_upsert_request_body import BulkUpsertRequestBody
    from .bulk_upsert_request_body_entity_type import BulkUpsertRequestBodyEntityType
    from .bulk_upsert_request_body_profiles_item import BulkUpsertRequestBodyProfilesItem
    from .bundle_entitlement import BundleEntitlement
    from .bundle_entitlement_links import BundleEntitlementLinks
    from .bundle_entitlements_response import BundleEntitlementsResponse
    from .bundle_entitlements_response_links import BundleEntitlementsResponseLinks
    from .bundle_link import BundleLink
    from .by_date_time_authenticator_grace_period_expiry import ByDateTimeAuthenticatorGracePeriodExpiry
    from .by_skip_count_authenticator_grace_period import BySkipCountAuthenticatorGracePeriod
    from .caep_credential_change_event import CaepCredentialChangeEvent
    from .caep_credential_change_event_change_type import CaepCredentialChangeEventChangeType
    from .caep_credential_change_event_credential_type import CaepCredentialChangeEventCredentialType
    from .caep_credential_change_event_initiating_entity import CaepCredentialChangeEventInitiatingEntity
    from .caep_credential_change_event_reason_admin import CaepCredentialChangeEventReasonAdmin
    from .caep_credential_change_event_reason_user import CaepCredentialChangeEventReasonUser
    from .caep_device_compliance_change_event import CaepDeviceComplianceChangeEvent
    from .caep_device_compliance_change_event_current_status import CaepDeviceComplianceChangeEventCurrentStatus
    from .caep_device_compliance_change_event_initiating_entity import CaepDeviceComplianceChangeEventInitiatingEntity
    from .caep_device_compliance_change_event_previous_status import CaepDeviceComplianceChangeEventPreviousStatus
    from .caep_device_compliance_change_event_reason_admin import CaepDeviceComplianceChangeEventReasonAdmin
    from .caep_device_compliance_change_event_reason_user import CaepDeviceComplianceChangeEventReasonUser
    from .caep_event import CaepEvent
    from .caep_event_reason_admin import CaepEventReasonAdmin
    from .caep_event_reason_user import CaepEventReasonUser
    from .caep_security_event import CaepSecurityEvent
    from .caep_security_event_initiating_entity import CaepSecurityEventInitiatingEntity
    from .caep_security_event_reason_admin import CaepSecurityEventReasonAdmin
    from .caep_security_event_reason_user import CaepSecurityEventReasonUser
    from .caep_session_revoked_event import CaepSessionRevokedEvent
    from .caep_session_revoked_event_initiating_entity import CaepSessionRevokedEventInitiatingEntity
    from .caep_session_revoked_event_reason_admin import CaepSessionRevokedEventReasonAdmin
    from .caep_session_revoked_event_reason_user import CaepSessionRevokedEventReasonUser
    from .caller_context import CallerContext
    from .capabilities_create_object import CapabilitiesCreateObject
    from .capabilities_import_rules_object import CapabilitiesImportRulesObject
    from .capabilities_import_rules_user_create_and_match_object import CapabilitiesImportRulesUserCreateAndMatchObject
    from .capabilities_import_rules_user_create_and_match_object_exact_match_criteria import (
        CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria,
    )
    from .capabilities_import_settings_object import CapabilitiesImportSettingsObject
    from .capabilities_inbound_provisioning_object import CapabilitiesInboundProvisioningObject
    from .capabilities_object import CapabilitiesObject
    from .capabilities_update_object import CapabilitiesUpdateObject
    from .capability import Capability
    from .captcha_instance import CAPTCHAInstance
    from .captcha_type import CAPTCHAType
    from .catalog_application import CatalogApplication
    from .catalog_application_links import CatalogApplicationLinks
    from .catalog_application_status import CatalogApplicationStatus
    from .challenge_type import ChallengeType
    from .change_enum import ChangeEnum
    from .change_password_request import ChangePasswordRequest
    from .channel import Channel
    from .channel_binding import ChannelBinding
    from .channel_binding_style import ChannelBindingStyle
    from .child_org import ChildOrg
    from .child_org_edition import ChildOrgEdition
    from .child_org_status import ChildOrgStatus
    from .child_org_token_type import ChildOrgTokenType
    from .chrome_browser_version import ChromeBrowserVersion
    from .classification_type import ClassificationType
    from .client import Client
    from .client_policy_condition import ClientPolicyCondition
    from .client_privileges_setting import ClientPrivilegesSetting
    from .client_update_policy import ClientUpdatePolicy
    from .client_update_policy_rule import ClientUpdatePolicyRule
    from .client_update_policy_rule_actions import ClientUpdatePolicyRuleActions
    from .client_update_policy_rule_actions_object import ClientUpdatePolicyRuleActionsObject
    from .client_update_policy_rule_actions_object_action import ClientUpdatePolicyRuleActionsObjectAction
    from .client_update_policy_rule_actions_object_value import ClientUpdatePolicyRuleActionsObjectValue
    from .client_update_policy_rule_actions_update_controls import ClientUpdatePolicyRuleActionsUpdateControls
    from .code_challenge_method import CodeChallengeMethod
    from .compliance import Compliance
    from .conditions import Conditions
    from .connections_signing_rotation_mode import ConnectionsSigningRotationMode
    from .content_security_policy_setting import ContentSecurityPolicySetting
    from .content_security_policy_setting_mode import ContentSecurityPolicySettingMode
    from .context_policy_rule_condition import ContextPolicyRuleCondition
    from .create_brand_request import CreateBrandRequest
    from .create_email_domain_expand_item import CreateEmailDomainExpandItem
    from .create_group_push_mapping_request import CreateGroupPushMappingRequest
    from .create_group_rule_request import CreateGroupRuleRequest
    from .create_group_rule_request_type import CreateGroupRuleRequestType
    from .create_iam_role_request import CreateIamRoleRequest
    from .create_or_update_policy import CreateOrUpdatePolicy
    from .create_realm_assignment_request import CreateRealmAssignmentRequest
    from .create_realm_request import CreateRealmRequest
    from .create_resource_set_request import CreateResourceSetRequest
    from .create_session_request import CreateSessionRequest
    from .create_ui_schema import CreateUISchema
    from .create_update_iam_role_permission_request import CreateUpdateIamRolePermissionRequest
    from .create_user_request import CreateUserRequest
    from .create_user_request_type import CreateUserRequestType
    from .credential_sync_info import CredentialSyncInfo
    from .credential_sync_state import CredentialSyncState
    from .csr import Csr
    from .csr_links import CSRLinks
    from .csr_metadata import CsrMetadata
    from .csr_metadata_subject import CsrMetadataSubject
    from .csr_metadata_subject_alt_names import CsrMetadataSubjectAltNames
    from .csr_publish_href_hints import CsrPublishHrefHints
    from .csr_publish_href_hints_allow_item import CsrPublishHrefHintsAllowItem
    from .csr_self_href_hints import CsrSelfHrefHints
    from .csr_self_href_hints_allow_item import CsrSelfHrefHintsAllowItem
    from .custom_aaguid_create_request_object import CustomAAGUIDCreateRequestObject
    from .custom_aaguid_response_object import CustomAAGUIDResponseObject
    from .custom_aaguid_update_request_object import CustomAAGUIDUpdateRequestObject
    from .custom_app_user_verification_enum import CustomAppUserVerificationEnum
    from .custom_auth_settings import CustomAuthSettings
    from .custom_role import CustomRole
    from .custom_role_assignment_schema import CustomRoleAssignmentSchema
    from .custom_role_assignment_schema_type import CustomRoleAssignmentSchemaType
    from .custom_telephony_provider_credential_create_request import CustomTelephonyProviderCredentialCreateRequest
    from .custom_telephony_provider_credential_create_request_provider_capability import (
        CustomTelephonyProviderCredentialCreateRequestProviderCapability,
    )
    from .custom_telephony_provider_credential_create_request_provider_name import (
        CustomTelephonyProviderCredentialCreateRequestProviderName,
    )
    from .custom_telephony_provider_credential_response import CustomTelephonyProviderCredentialResponse
    from .custom_telephony_provider_credential_response_provider_capability import (
        CustomTelephonyProviderCredentialResponseProviderCapability,
    )
    from .custom_telephony_provider_credential_response_provider_name import (
        CustomTelephonyProviderCredentialResponseProviderName,
    )
    from .custom_telephony_provider_credential_send_test_request import CustomTelephonyProviderCredentialSendTestRequest
    from .custom_telephony_provider_credential_send_test_request_factor import (
        CustomTelephonyProviderCredentialSendTestRequestFactor,
    )
    from .custom_telephony_provider_credential_update_request import CustomTelephonyProviderCredentialUpdateRequest
    from .custom_telephony_provider_settings import CustomTelephonyProviderSettings
    from .custom_telephony_provider_settings_telesign_service_call import (
        CustomTelephonyProviderSettingsTelesignServiceCall,
    )
    from .custom_telephony_provider_settings_telesign_service_call_telesign_service import (
        CustomTelephonyProviderSettingsTelesignServiceCallTelesignService,
    )
    from .custom_telephony_provider_settings_telesign_service_sms import (
        CustomTelephonyProviderSettingsTelesignServiceSms,
    )
    from .custom_telephony_provider_settings_telesign_service_sms_telesign_service import (
        CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService,
    )
    from .custom_telephony_provider_settings_twilio_caller_id import CustomTelephonyProviderSettingsTwilioCallerId
    from .custom_telephony_provider_settings_twilio_messaging_service import (
        CustomTelephonyProviderSettingsTwilioMessagingService,
    )
    from .custom_telephony_provider_settings_twilio_phone_number import CustomTelephonyProviderSettingsTwilioPhoneNumber
    from .custom_telephony_provider_settings_twilio_verify import CustomTelephonyProviderSettingsTwilioVerify
    from .customizable_page import CustomizablePage
    from .dbsc_credential import DbscCredential
    from .dbsc_credential_name import DbscCredentialName
    from .dbsc_credential_type import DbscCredentialType
    from .dbsc_refresh_response import DbscRefreshResponse
    from .dbsc_scope import DbscScope
    from .dbsc_start_response import DbscStartResponse
    from .deactivate_user_prefer import DeactivateUserPrefer
    from .default_app import DefaultApp
    from .delete_email_domain_expand_item import DeleteEmailDomainExpandItem
    from .delete_user_prefer import DeleteUserPrefer
    from .desktop_mfa_enforce_number_matching_challenge_org_setting import (
        DesktopMFAEnforceNumberMatchingChallengeOrgSetting,
    )
    from .desktop_mfa_recovery_pin_org_setting import DesktopMFARecoveryPinOrgSetting
    from .detailed_hook_key_instance import DetailedHookKeyInstance
    from .detected_risk_events import DetectedRiskEvents
    from .device import Device
    from .device_access_policy_rule_condition import DeviceAccessPolicyRuleCondition
    from .device_assurance import DeviceAssurance
    from .device_assurance_android_platform import DeviceAssuranceAndroidPlatform
    from .device_assurance_android_platform_disk_encryption_type import DeviceAssuranceAndroidPlatformDiskEncryptionType
    from .device_assurance_android_platform_screen_lock_type import DeviceAssuranceAndroidPlatformScreenLockType
    from .device_assurance_android_platform_third_party_signal_providers import (
        DeviceAssuranceAndroidPlatformThirdPartySignalProviders,
    )
    from .device_assurance_chrome_os_platform import DeviceAssuranceChromeOSPlatform
    from .device_assurance_chrome_os_platform_third_party_signal_providers import (
        DeviceAssuranceChromeOSPlatformThirdPartySignalProviders,
    )
    from .device_assurance_display_remediation_mode import DeviceAssuranceDisplayRemediationMode
    from .device_assurance_ios_platform import DeviceAssuranceIOSPlatform
    from .device_assurance_ios_platform_screen_lock_type import DeviceAssuranceIOSPlatformScreenLockType
    from .device_assurance_ios_platform_third_party_signal_providers import (
        DeviceAssuranceIOSPlatformThirdPartySignalProviders,
    )
    from .device_assurance_mac_os_platform import DeviceAssuranceMacOSPlatform
    from .device_assurance_mac_os_platform_disk_encryption_type import DeviceAssuranceMacOSPlatformDiskEncryptionType
    from .device_assurance_mac_os_platform_screen_lock_type import DeviceAssuranceMacOSPlatformScreenLockType
    from .device_assurance_mac_os_platform_third_party_signal_providers import (
        DeviceAssuranceMacOSPlatformThirdPartySignalProviders,
    )
    from .device_assurance_windows_platform import DeviceAssuranceWindowsPlatform
    from .device_assurance_windows_platform_disk_encryption_type import DeviceAssuranceWindowsPlatformDiskEncryptionType
    from .device_assurance_windows_platform_screen_lock_type import DeviceAssuranceWindowsPlatformScreenLockType
    from .device_assurance_windows_platform_third_party_signal_providers import (
        DeviceAssuranceWindowsPlatformThirdPartySignalProviders,
    )
    from .device_context_provider import DeviceContextProvider
    from .device_context_provider_key import DeviceContextProviderKey
    from .device_context_provider_user_identification import DeviceContextProviderUserIdentification
    from .device_display_name import DeviceDisplayName
    from .device_integrations import DeviceIntegrations
    from .device_integrations_metadata_type_0 import DeviceIntegrationsMetadataType0
    from .device_integrations_metadata_type_0_type import DeviceIntegrationsMetadataType0Type
    from .device_integrations_metadata_type_1 import DeviceIntegrationsMetadataType1
    from .device_integrations_metadata_type_1_type import DeviceIntegrationsMetadataType1Type
    from .device_integrations_metadata_type_2 import DeviceIntegrationsMetadataType2
    from .device_integrations_metadata_type_2_type import DeviceIntegrationsMetadataType2Type
    from .device_integrations_name import DeviceIntegrationsName
    from .device_integrations_platform import DeviceIntegrationsPlatform
    from .device_integrations_status import DeviceIntegrationsStatus
    from .device_integrity import DeviceIntegrity
    from .device_list import DeviceList
    from .device_list_embedded import DeviceListEmbedded
    from .device_platform import DevicePlatform
    from .device_policy_mdm_framework import DevicePolicyMDMFramework
    from .device_policy_platform_type import DevicePolicyPlatformType
    from .device_policy_rule_condition import DevicePolicyRuleCondition
    from .device_policy_rule_condition_assurance import DevicePolicyRuleConditionAssurance
    from .device_policy_rule_condition_platform import DevicePolicyRuleConditionPlatform
    from .device_policy_trust_level import DevicePolicyTrustLevel
    from .device_posture_check import DevicePostureCheck
    from .device_posture_checks import DevicePostureChecks
    from .device_posture_checks_include_item import DevicePostureChecksIncludeItem
    from .device_posture_checks_mapping_type import DevicePostureChecksMappingType
    from .device_posture_checks_platform import DevicePostureChecksPlatform
    from .device_posture_checks_remediation_settings import DevicePostureChecksRemediationSettings
    from .device_posture_checks_remediation_settings_link import DevicePostureChecksRemediationSettingsLink
    from .device_posture_checks_remediation_settings_message import DevicePostureChecksRemediationSettingsMessage
    from .device_posture_checks_type import DevicePostureChecksType
    from .device_posture_id_p import DevicePostureIdP
    from .device_profile import DeviceProfile
    from .device_provider import DeviceProvider
    from .device_signal_collection_platform_condition_evaluator_platform import (
        DeviceSignalCollectionPlatformConditionEvaluatorPlatform,
    )
    from .device_signal_collection_platform_condition_evaluator_platform_operating_system import (
        DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem,
    )
    from .device_signal_collection_platform_policy_rule_condition import (
        DeviceSignalCollectionPlatformPolicyRuleCondition,
    )
    from .device_signal_collection_policy import DeviceSignalCollectionPolicy
    from .device_signal_collection_policy_embedded import DeviceSignalCollectionPolicyEmbedded
    from .device_signal_collection_policy_platform_operating_system_type import (
        DeviceSignalCollectionPolicyPlatformOperatingSystemType,
    )
    from .device_signal_collection_policy_platform_type import DeviceSignalCollectionPolicyPlatformType
    from .device_signal_collection_policy_rule import DeviceSignalCollectionPolicyRule
    from .device_signal_collection_policy_rule_actions import DeviceSignalCollectionPolicyRuleActions
    from .device_signal_collection_policy_rule_conditions import DeviceSignalCollectionPolicyRuleConditions
    from .device_signal_collection_policy_rule_device_signal_collection import (
        DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
    )
    from .device_status import DeviceStatus
    from .device_user import DeviceUser
    from .device_user_management_status import DeviceUserManagementStatus
    from .device_user_screen_lock_type import DeviceUserScreenLockType
    from .device_with_providers import DeviceWithProviders
    from .digest_algorithm import DigestAlgorithm
    from .disk_encryption_type_android import DiskEncryptionTypeAndroid
    from .disk_encryption_type_def import DiskEncryptionTypeDef
    from .disk_encryption_type_desktop import DiskEncryptionTypeDesktop
    from .dns_record_authenticators import DNSRecordAuthenticators
    from .dns_record_domains import DNSRecordDomains
    from .dns_record_type_authenticators import DNSRecordTypeAuthenticators
    from .dns_record_type_domains import DNSRecordTypeDomains
    from .domain_certificate import DomainCertificate
    from .domain_certificate_metadata import DomainCertificateMetadata
    from .domain_certificate_source_type import DomainCertificateSourceType
    from .domain_certificate_type import DomainCertificateType
    from .domain_links import DomainLinks
    from .domain_list_response import DomainListResponse
    from .domain_request import DomainRequest
    from .domain_response import DomainResponse
    from .domain_validation_status import DomainValidationStatus
    from .dr_status_item import DRStatusItem
    from .dtc_chrome_os import DTCChromeOS
    from .dtc_mac_os import DTCMacOS
    from .dtc_windows import DTCWindows
    from .duration import Duration
    from .dynamic_network_zone import DynamicNetworkZone
    from .dynamic_network_zone_proxy_type import DynamicNetworkZoneProxyType
    from .ec_key_jwk import ECKeyJWK
    from .ec_key_jwk_crv import ECKeyJWKCrv
    from .ec_key_jwk_kty import ECKeyJWKKty
    from .ec_key_jwk_use import ECKeyJWKUse
    from .email_content import EmailContent
    from .email_customization import EmailCustomization
    from .email_customization_links import EmailCustomizationLinks
    from .email_default_content import EmailDefaultContent
    from .email_default_content_links import EmailDefaultContentLinks
    from .email_domain import EmailDomain
    from .email_domain_dns_record import EmailDomainDNSRecord
    from .email_domain_dns_record_type import EmailDomainDNSRecordType
    from .email_domain_response import EmailDomainResponse
    from .email_domain_response_with_embedded import EmailDomainResponseWithEmbedded
    from .email_domain_response_with_embedded_embedded import EmailDomainResponseWithEmbeddedEmbedded
    from .email_domain_status import EmailDomainStatus
    from .email_preview import EmailPreview
    from .email_preview_links import EmailPreviewLinks
    from .email_server_list_response import EmailServerListResponse
    from .email_settings import EmailSettings
    from .email_settings_recipients import EmailSettingsRecipients
    from .email_settings_response import EmailSettingsResponse
    from .email_settings_response_links import EmailSettingsResponseLinks
    from .email_settings_response_recipients import EmailSettingsResponseRecipients
    from .email_template_response import EmailTemplateResponse
    from .email_template_response_embedded import EmailTemplateResponseEmbedded
    from .email_template_response_links import EmailTemplateResponseLinks
    from .email_template_touch_point_variant import EmailTemplateTouchPointVariant
    from .email_test_addresses import EmailTestAddresses
    from .embedded import Embedded
    from .empty_request_schema import EmptyRequestSchema
    from .enabled_pages_type import EnabledPagesType
    from .enabled_status import EnabledStatus
    from .end_user_dashboard_touch_point_variant import EndUserDashboardTouchPointVariant
    from .endpoint_auth_method import EndpointAuthMethod
    from .enhanced_dynamic_network_zone import EnhancedDynamicNetworkZone
    from .enhanced_dynamic_network_zone_asns import EnhancedDynamicNetworkZoneAsns
    from .enhanced_dynamic_network_zone_ip_service_categories import EnhancedDynamicNetworkZoneIpServiceCategories
    from .enhanced_dynamic_network_zone_locations import EnhancedDynamicNetworkZoneLocations
    from .enrollment_activation_request import EnrollmentActivationRequest
    from .enrollment_activation_request_fulfillment_provider import EnrollmentActivationRequestFulfillmentProvider
    from .enrollment_activation_response import EnrollmentActivationResponse
    from .enrollment_activation_response_fulfillment_provider import EnrollmentActivationResponseFulfillmentProvider
    from .enrollment_initialization_request import EnrollmentInitializationRequest
    from .enrollment_initialization_request_fulfillment_provider import (
        EnrollmentInitializationRequestFulfillmentProvider,
    )
    from .enrollment_initialization_response import EnrollmentInitializationResponse
    from .enrollment_initialization_response_fulfillment_provider import (
        EnrollmentInitializationResponseFulfillmentProvider,
    )
    from .enrollment_policy_authenticator_grace_period import EnrollmentPolicyAuthenticatorGracePeriod
    from .enrollment_policy_authenticator_grace_period_type import EnrollmentPolicyAuthenticatorGracePeriodType
    from .entitlement_types_item import EntitlementTypesItem
    from .entitlement_types_item_attributes import EntitlementTypesItemAttributes
    from .entitlement_types_item_mappings import EntitlementTypesItemMappings
    from .entitlement_value import EntitlementValue
    from .entitlement_value_links import EntitlementValueLinks
    from .entitlement_values_response import EntitlementValuesResponse
    from .entitlement_values_response_links import EntitlementValuesResponseLinks
    from .entitlements_capability import EntitlementsCapability
    from .entitlements_capability_capability import EntitlementsCapabilityCapability
    from .entitlements_capability_supported_protocols_item import EntitlementsCapabilitySupportedProtocolsItem
    from .entitlements_link import EntitlementsLink
    from .entity_risk_policy import EntityRiskPolicy
    from .entity_risk_policy_rule import EntityRiskPolicyRule
    from .entity_risk_policy_rule_action_run_workflow import EntityRiskPolicyRuleActionRunWorkflow
    from .entity_risk_policy_rule_action_run_workflow_action import EntityRiskPolicyRuleActionRunWorkflowAction
    from .entity_risk_policy_rule_action_run_workflow_workflow import EntityRiskPolicyRuleActionRunWorkflowWorkflow
    from .entity_risk_policy_rule_action_terminate_all_sessions import EntityRiskPolicyRuleActionTerminateAllSessions
    from .entity_risk_policy_rule_action_terminate_all_sessions_action import (
        EntityRiskPolicyRuleActionTerminateAllSessionsAction,
    )
    from .entity_risk_policy_rule_actions import EntityRiskPolicyRuleActions
    from .entity_risk_policy_rule_actions_entity_risk import EntityRiskPolicyRuleActionsEntityRisk
    from .entity_risk_policy_rule_actions_object import EntityRiskPolicyRuleActionsObject
    from .entity_risk_policy_rule_actions_object_action import EntityRiskPolicyRuleActionsObjectAction
    from .entity_risk_policy_rule_conditions import EntityRiskPolicyRuleConditions
    from .entity_risk_score_policy_rule_condition import EntityRiskScorePolicyRuleCondition
    from .entity_risk_score_policy_rule_condition_level import EntityRiskScorePolicyRuleConditionLevel
    from .error import Error
    from .error_409 import Error409
    from .error_cause import ErrorCause
    from .error_page import ErrorPage
    from .error_page_touch_point_variant import ErrorPageTouchPointVariant
    from .event_hook import EventHook
    from .event_hook_channel import EventHookChannel
    from .event_hook_channel_config import EventHookChannelConfig
    from .event_hook_channel_config_auth_scheme import EventHookChannelConfigAuthScheme
    from .event_hook_channel_config_auth_scheme_type import EventHookChannelConfigAuthSchemeType
    from .event_hook_channel_config_header import EventHookChannelConfigHeader
    from .event_hook_channel_type import EventHookChannelType
    from .event_hook_filter_map_object import EventHookFilterMapObject
    from .event_hook_filter_map_object_condition import EventHookFilterMapObjectCondition
    from .event_hook_filters import EventHookFilters
    from .event_hook_links import EventHookLinks
    from .event_hook_status import EventHookStatus
    from .event_hook_verification_status import EventHookVerificationStatus
    from .event_subscription_type import EventSubscriptionType
    from .event_subscriptions import EventSubscriptions
    from .express_configuration import ExpressConfiguration
    from .express_configure_capability_type import ExpressConfigureCapabilityType
    from .expression import Expression
    from .failback_request_schema import FailbackRequestSchema
    from .failover_request_schema import FailoverRequestSchema
    from .fcm_configuration import FCMConfiguration
    from .fcm_push_provider import FCMPushProvider
    from .feature import Feature
    from .feature_lifecycle import FeatureLifecycle
    from .feature_links import FeatureLinks
    from .feature_links_dependencies import FeatureLinksDependencies
    from .feature_links_dependents import FeatureLinksDependents
    from .feature_stage import FeatureStage
    from .feature_stage_state import FeatureStageState
    from .feature_stage_value import FeatureStageValue
    from .feature_type import FeatureType
    from .federated_claim import FederatedClaim
    from .federated_claim_request_body import FederatedClaimRequestBody
    from .fips_enum import FipsEnum
    from .forgot_password_response import ForgotPasswordResponse
    from .fulfillment_data_order_details import FulfillmentDataOrderDetails
    from .fulfillment_request import FulfillmentRequest
    from .fulfillment_request_fulfillment_provider import FulfillmentRequestFulfillmentProvider
    from .get_all_cross_app_access_connections_status import GetAllCrossAppAccessConnectionsStatus
    from .get_all_well_known_ur_is_expand_item import GetAllWellKnownUrIsExpandItem
    from .get_authenticator_enrollment_disclose_identifiers_item import (
        GetAuthenticatorEnrollmentDiscloseIdentifiersItem,
    )
    from .get_brand_expand_item import GetBrandExpandItem
    from .get_brand_well_known_uri_path import GetBrandWellKnownUriPath
    from .get_dr_status_for_domain_response_200 import GetDrStatusForDomainResponse200
    from .get_dr_status_response_200 import GetDrStatusResponse200
    from .get_email_domain_expand_item import GetEmailDomainExpandItem
    from .get_email_template_expand_item import GetEmailTemplateExpandItem
    from .get_error_page_expand_item import GetErrorPageExpandItem
    from .get_group_rule_expand import GetGroupRuleExpand
    from .get_org_contact_user_contact_type import GetOrgContactUserContactType
    from .get_role_targets_by_user_id_and_role_id_assignment_type import GetRoleTargetsByUserIdAndRoleIdAssignmentType
    from .get_root_brand_well_known_uri_expand_item import GetRootBrandWellKnownUriExpandItem
    from .get_root_brand_well_known_uri_path import GetRootBrandWellKnownUriPath
    from .get_sign_in_page_expand_item import GetSignInPageExpandItem
    from .global_token_revocation import GlobalTokenRevocation
    from .global_token_revocation_auth_method import GlobalTokenRevocationAuthMethod
    from .global_token_revocation_subject_format import GlobalTokenRevocationSubjectFormat
    from .google_application import GoogleApplication
    from .google_application_settings import GoogleApplicationSettings
    from .google_application_settings_application import GoogleApplicationSettingsApplication
    from .google_application_sign_on_mode import GoogleApplicationSignOnMode
    from .governance_access_scope_type import GovernanceAccessScopeType
    from .governance_approval_decision import GovernanceApprovalDecision
    from .governance_approval_decision_type import GovernanceApprovalDecisionType
    from .governance_approval_provider_type import GovernanceApprovalProviderType
    from .governance_bundle import GovernanceBundle
    from .governance_bundle_create_request import GovernanceBundleCreateRequest
    from .governance_bundle_links import GovernanceBundleLinks
    from .governance_bundle_update_request import GovernanceBundleUpdateRequest
    from .governance_bundles_response import GovernanceBundlesResponse
    from .governance_bundles_response_links import GovernanceBundlesResponseLinks
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
    from .governance_source_type import GovernanceSourceType
    from .governance_target_principal import GovernanceTargetPrincipal
    from .governance_target_principal_type import GovernanceTargetPrincipalType
    from .grace_period import GracePeriod
    from .grace_period_required_soon import GracePeriodRequiredSoon
    from .grace_period_type import GracePeriodType
    from .grant_or_token_status import GrantOrTokenStatus
    from .grant_resources_href_object import GrantResourcesHrefObject
    from .grant_type import GrantType
    from .grant_type_policy_rule_condition import GrantTypePolicyRuleCondition
    from .group import Group
    from .group_assignment_profile import GroupAssignmentProfile
    from .group_condition import GroupCondition
    from .group_embedded import GroupEmbedded
    from .group_embedded_app import GroupEmbeddedApp
    from .group_embedded_stats import GroupEmbeddedStats
    from .group_links import GroupLinks
    from .group_memberships_request_schema import GroupMembershipsRequestSchema
    from .group_memberships_response_schema import GroupMembershipsResponseSchema
    from .group_owner import GroupOwner
    from .group_owner_origin_type import GroupOwnerOriginType
    from .group_owner_type import GroupOwnerType
    from .group_policy_rule_condition import GroupPolicyRuleCondition
    from .group_profile_result import GroupProfileResult
    from .group_push_mapping import GroupPushMapping
    from .group_push_mapping_links import GroupPushMappingLinks
    from .group_push_mapping_status import GroupPushMappingStatus
    from .group_push_mapping_status_upsert import GroupPushMappingStatusUpsert
    from .group_query_request import GroupQueryRequest
    from .group_query_response import GroupQueryResponse
    from .group_rule import GroupRule
    from .group_rule_action import GroupRuleAction
    from .group_rule_conditions import GroupRuleConditions
    from .group_rule_embedded import GroupRuleEmbedded
    from .group_rule_embedded_group_id_to_group_name_map import GroupRuleEmbeddedGroupIdToGroupNameMap
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
    from .groups_link import GroupsLink
    from .groups_request_schema import GroupsRequestSchema
    from .groups_response_schema import GroupsResponseSchema
    from .groups_response_schema_profile import GroupsResponseSchemaProfile
    from .help_link import HelpLink
    from .hook_key import HookKey
    from .hosted_page import HostedPage
    from .hosted_page_type import HostedPageType
    from .href_csr_publish_link import HrefCsrPublishLink
    from .href_csr_self_link import HrefCsrSelfLink
    from .href_hints import HrefHints
    from .href_hints_guidance_object import HrefHintsGuidanceObject
    from .href_object import HrefObject
    from .href_object_activate_link import HrefObjectActivateLink
    from .href_object_app_link import HrefObjectAppLink
    from .href_object_assignee_link import HrefObjectAssigneeLink
    from .href_object_authorize_link import HrefObjectAuthorizeLink
    from .href_object_binding_link import HrefObjectBindingLink
    from .href_object_bindings_link import HrefObjectBindingsLink
    from .href_object_client_link import HrefObjectClientLink
    from .href_object_deactivate_link import HrefObjectDeactivateLink
    from .href_object_delete_link import HrefObjectDeleteLink
    from .href_object_governance_resources_link import HrefObjectGovernanceResourcesLink
    from .href_object_grant_aerial_consent import HrefObjectGrantAerialConsent
    from .href_object_group_link import HrefObjectGroupLink
    from .href_object_logo_link import HrefObjectLogoLink
    from .href_object_mappings_link import HrefObjectMappingsLink
    from .href_object_member_link import HrefObjectMemberLink
    from .href_object_members_link import HrefObjectMembersLink
    from .href_object_next_link import HrefObjectNextLink
    from .href_object_permissions_link import HrefObjectPermissionsLink
    from .href_object_resource_set_link import HrefObjectResourceSetLink
    from .href_object_resource_set_resources_link import HrefObjectResourceSetResourcesLink
    from .href_object_retrieve_aerial_consent import HrefObjectRetrieveAerialConsent
    from .href_object_revoke_aerial_consent import HrefObjectRevokeAerialConsent
    from .href_object_role_link import HrefObjectRoleLink
    from .href_object_rules_link import HrefObjectRulesLink
    from .href_object_self_link import HrefObjectSelfLink
    from .href_object_suspend_link import HrefObjectSuspendLink
    from .href_object_unsuspend_link import HrefObjectUnsuspendLink
    from .href_object_user_link import HrefObjectUserLink
    from .href_object_web_link import HrefObjectWebLink
    from .http_method import HttpMethod
    from .iam_bundle_entitlement import IAMBundleEntitlement
    from .iam_role import IamRole
    from .iam_role_links import IamRoleLinks
    from .iam_roles import IamRoles
    from .id_p_certificate_credential import IdPCertificateCredential
    from .id_p_csr import IdPCsr
    from .id_p_csr_links import IdPCsrLinks
    from .id_p_key_credential import IdPKeyCredential
    from .id_proofing_method import IdProofingMethod
    from .id_token_key_encryption_algorithm import IdTokenKeyEncryptionAlgorithm
    from .identity_claim_sourcing_policy import IdentityClaimSourcingPolicy
    from .identity_claim_sourcing_policy_rule import IdentityClaimSourcingPolicyRule
    from .identity_claim_sourcing_policy_rule_action import IdentityClaimSourcingPolicyRuleAction
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcing,
    )
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_redirect_type import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType,
    )
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh,
    )
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter,
    )
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter_include_item import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilterIncludeItem,
    )
    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_redirect_type import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType,
    )
    from .identity_provider import IdentityProvider
    from .identity_provider_application_user import IdentityProviderApplicationUser
    from .identity_provider_application_user_links import IdentityProviderApplicationUserLinks
    from .identity_provider_issuer_mode import IdentityProviderIssuerMode
    from .identity_provider_links import IdentityProviderLinks
    from .identity_provider_policy import IdentityProviderPolicy
    from .identity_provider_policy_provider import IdentityProviderPolicyProvider
    from .identity_provider_policy_rule_condition import IdentityProviderPolicyRuleCondition
    from .identity_provider_properties import IdentityProviderProperties
    from .identity_provider_properties_additional_amr_item import IdentityProviderPropertiesAdditionalAmrItem
    from .identity_provider_properties_idv_metadata import IdentityProviderPropertiesIdvMetadata
    from .identity_provider_type import IdentityProviderType
    from .identity_source_group_memberships_delete_profile_item import IdentitySourceGroupMembershipsDeleteProfileItem
    from .identity_source_group_memberships_upsert_profile_item import IdentitySourceGroupMembershipsUpsertProfileItem
    from .identity_source_group_profile_for_upsert import IdentitySourceGroupProfileForUpsert
    from .identity_source_session import IdentitySourceSession
    from .identity_source_session_status import IdentitySourceSessionStatus
    from .identity_source_user_profile_for_delete import IdentitySourceUserProfileForDelete
    from .identity_source_user_profile_for_upsert import IdentitySourceUserProfileForUpsert
    from .identity_source_user_profile_for_upsert_required import IdentitySourceUserProfileForUpsertRequired
    from .idp_discovery_platform_condition_evaluator_platform import IdpDiscoveryPlatformConditionEvaluatorPlatform
    from .idp_discovery_platform_condition_evaluator_platform_operating_system import (
        IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem,
    )
    from .idp_discovery_platform_policy_rule_condition import IdpDiscoveryPlatformPolicyRuleCondition
    from .idp_discovery_policy import IdpDiscoveryPolicy
    from .idp_discovery_policy_platform_operating_system_type import IdpDiscoveryPolicyPlatformOperatingSystemType
    from .idp_discovery_policy_rule import IdpDiscoveryPolicyRule
    from .idp_discovery_policy_rule_condition import IdpDiscoveryPolicyRuleCondition
    from .idp_policy_rule_action import IdpPolicyRuleAction
    from .idp_policy_rule_action_idp import IdpPolicyRuleActionIdp
    from .idp_policy_rule_action_match_criteria import IdpPolicyRuleActionMatchCriteria
    from .idp_policy_rule_action_provider import IdpPolicyRuleActionProvider
    from .idp_selection_type import IdpSelectionType
    from .idv import Idv
    from .idv_authorization_endpoint import IDVAuthorizationEndpoint
    from .idv_authorization_endpoint_binding import IDVAuthorizationEndpointBinding
    from .idv_capability import IdvCapability
    from .idv_capability_capability import IdvCapabilityCapability
    from .idv_capability_supported_protocols_item import IdvCapabilitySupportedProtocolsItem
    from .idv_credentials import IDVCredentials
    from .idv_credentials_bearer import IDVCredentialsBearer
    from .idv_credentials_client import IDVCredentialsClient
    from .idv_endpoints import IDVEndpoints
    from .idv_par_endpoint import IDVParEndpoint
    from .idv_par_endpoint_binding import IDVParEndpointBinding
    from .idv_token_endpoint import IDVTokenEndpoint
    from .idv_token_endpoint_binding import IDVTokenEndpointBinding
    from .iframe_embed_scope_allowed_apps import IframeEmbedScopeAllowedApps
    from .image_upload_response import ImageUploadResponse
    from .import_schedule_object import ImportScheduleObject
    from .import_schedule_settings import ImportScheduleSettings
    from .import_username_object import ImportUsernameObject
    from .import_username_object_username_format import ImportUsernameObjectUsernameFormat
    from .inactivity_policy_rule_condition import InactivityPolicyRuleCondition
    from .inbound_provisioning_application_feature import InboundProvisioningApplicationFeature
    from .inline_hook import InlineHook
    from .inline_hook_base_payload import InlineHookBasePayload
    from .inline_hook_channel import InlineHookChannel
    from .inline_hook_channel_config import InlineHookChannelConfig
    from .inline_hook_channel_config_auth_scheme_body import InlineHookChannelConfigAuthSchemeBody
    from .inline_hook_channel_config_auth_scheme_response import InlineHookChannelConfigAuthSchemeResponse
    from .inline_hook_channel_config_create import InlineHookChannelConfigCreate
    from .inline_hook_channel_config_headers import InlineHookChannelConfigHeaders
    from .inline_hook_channel_create import InlineHookChannelCreate
    from .inline_hook_channel_http import InlineHookChannelHttp
    from .inline_hook_channel_http_create import InlineHookChannelHttpCreate
    from .inline_hook_channel_o_auth import InlineHookChannelOAuth
    from .inline_hook_channel_o_auth_create import InlineHookChannelOAuthCreate
    from .inline_hook_channel_type import InlineHookChannelType
    from .inline_hook_create import InlineHookCreate
    from .inline_hook_create_response import InlineHookCreateResponse
    from .inline_hook_http_config import InlineHookHttpConfig
    from .inline_hook_http_config_create import InlineHookHttpConfigCreate
    from .inline_hook_links import InlineHookLinks
    from .inline_hook_links_create import InlineHookLinksCreate
    from .inline_hook_o_auth_basic_config import InlineHookOAuthBasicConfig
    from .inline_hook_o_auth_channel_config import InlineHookOAuthChannelConfig
    from .inline_hook_o_auth_channel_config_create import InlineHookOAuthChannelConfigCreate
    from .inline_hook_o_auth_client_secret_config import InlineHookOAuthClientSecretConfig
    from .inline_hook_o_auth_client_secret_config_create import InlineHookOAuthClientSecretConfigCreate
    from .inline_hook_o_auth_private_key_jwt_config import InlineHookOAuthPrivateKeyJwtConfig
    from .inline_hook_payload import InlineHookPayload
    from .inline_hook_replace import InlineHookReplace
    from .inline_hook_request_object import InlineHookRequestObject
    from .inline_hook_request_object_url import InlineHookRequestObjectUrl
    from .inline_hook_response import InlineHookResponse
    from .inline_hook_response_command_value import InlineHookResponseCommandValue
    from .inline_hook_response_commands import InlineHookResponseCommands
    from .inline_hook_status import InlineHookStatus
    from .inline_hook_type import InlineHookType
    from .integration_capability import IntegrationCapability
    from .integration_capability_status import IntegrationCapabilityStatus
    from .interclient_trust_mapping import InterclientTrustMapping
    from .interclient_trust_mapping_request_body import InterclientTrustMappingRequestBody
    from .ip_network_zone import IPNetworkZone
    from .ip_service_category import IPServiceCategory
    from .issuer_mode import IssuerMode
    from .json_patch_operation import JsonPatchOperation
    from .json_web_key import JsonWebKey
    from .json_web_key_status import JsonWebKeyStatus
    from .json_web_key_type import JsonWebKeyType
    from .json_web_key_use import JsonWebKeyUse
    from .jwk_use import JwkUse
    from .jwk_use_type import JwkUseType
    from .keep_current import KeepCurrent
    from .keep_me_signed_in import KeepMeSignedIn
    from .keep_me_signed_in_post_auth import KeepMeSignedInPostAuth
    from .key_request import KeyRequest
    from .key_trust_level_browser_key import KeyTrustLevelBrowserKey
    from .key_trust_level_os_mode import KeyTrustLevelOSMode
    from .knowledge_constraint import KnowledgeConstraint
    from .lifecycle_create_setting_object import LifecycleCreateSettingObject
    from .lifecycle_deactivate_setting_object import LifecycleDeactivateSettingObject
    from .lifecycle_expiration_policy_rule_condition import LifecycleExpirationPolicyRuleCondition
    from .lifecycle_status import LifecycleStatus
    from .linked_href_object import LinkedHrefObject
    from .linked_object import LinkedObject
    from .linked_object_details import LinkedObjectDetails
    from .linked_object_details_type import LinkedObjectDetailsType
    from .linked_object_links_self import LinkedObjectLinksSelf
    from .links_activate import LinksActivate
    from .links_aerial_consent_granted import LinksAerialConsentGranted
    from .links_aerial_consent_revoked import LinksAerialConsentRevoked
    from .links_app_and_user import LinksAppAndUser
    from .links_assignee import LinksAssignee
    from .links_authenticator import LinksAuthenticator
    from .links_cancel import LinksCancel
    from .links_custom_role_response import LinksCustomRoleResponse
    from .links_deactivate import LinksDeactivate
    from .links_enroll import LinksEnroll
    from .links_factor import LinksFactor
    from .links_governance_resources import LinksGovernanceResources
    from .links_governance_sources import LinksGovernanceSources
    from .links_next import LinksNext
    from .links_next_for_role_assignments import LinksNextForRoleAssignments
    from .links_poll import LinksPoll
    from .links_qrcode import LinksQrcode
    from .links_questions import LinksQuestions
    from .links_resend import LinksResend
    from .links_self import LinksSelf
    from .links_self_and_full_users_lifecycle import LinksSelfAndFullUsersLifecycle
    from .links_self_and_lifecycle import LinksSelfAndLifecycle
    from .links_self_and_roles import LinksSelfAndRoles
    from .links_self_for_role_assignment import LinksSelfForRoleAssignment
    from .links_self_lifecycle_and_authorize import LinksSelfLifecycleAndAuthorize
    from .links_send import LinksSend
    from .links_user_authenticators import LinksUserAuthenticators
    from .links_user_factors import LinksUserFactors
    from .links_user_ref import LinksUserRef
    from .links_verify import LinksVerify
    from .list_authenticator_enrollments_disclose_identifiers_item import (
        ListAuthenticatorEnrollmentsDiscloseIdentifiersItem,
    )
    from .list_brands_expand_item import ListBrandsExpandItem
    from .list_devices_expand import ListDevicesExpand
    from .list_email_domains_expand_item import ListEmailDomainsExpandItem
    from .list_email_templates_expand_item import ListEmailTemplatesExpandItem
    from .list_group_rules_expand import ListGroupRulesExpand
    from .list_inline_hooks_type import ListInlineHooksType
    from .list_log_events_sort_order import ListLogEventsSortOrder
    from .list_profile_mappings import ListProfileMappings
    from .list_yubikey_otp_tokens_filter import ListYubikeyOtpTokensFilter
    from .list_yubikey_otp_tokens_sort_by import ListYubikeyOtpTokensSortBy
    from .list_yubikey_otp_tokens_sort_order import ListYubikeyOtpTokensSortOrder
    from .loading_page_touch_point_variant import LoadingPageTouchPointVariant
    from .location_granularity import LocationGranularity
    from .log_actor import LogActor
    from .log_authentication_context import LogAuthenticationContext
    from .log_authentication_provider import LogAuthenticationProvider
    from .log_bot_protection import LogBotProtection
    from .log_bot_protection_level import LogBotProtectionLevel
    from .log_client import LogClient
    from .log_credential_provider import LogCredentialProvider
    from .log_credential_type import LogCredentialType
    from .log_debug_context import LogDebugContext
    from .log_device import LogDevice
    from .log_disk_encryption_type import LogDiskEncryptionType
    from .log_event import LogEvent
    from .log_geographical_context import LogGeographicalContext
    from .log_geolocation import LogGeolocation
    from .log_ip_address import LogIpAddress
    from .log_ip_details import LogIpDetails
    from .log_ip_service_category import LogIpServiceCategory
    from .log_ip_service_category_type import LogIpServiceCategoryType
    from .log_issuer import LogIssuer
    from .log_outcome import LogOutcome
    from .log_outcome_result import LogOutcomeResult
    from .log_request import LogRequest
    from .log_risk import LogRisk
    from .log_risk_level import LogRiskLevel
    from .log_risk_previous_level import LogRiskPreviousLevel
    from .log_screen_lock_type import LogScreenLockType
    from .log_security_context import LogSecurityContext
    from .log_severity import LogSeverity
    from .log_stream import LogStream
    from .log_stream_activate_link import LogStreamActivateLink
    from .log_stream_aws import LogStreamAws
    from .log_stream_aws_put_schema import LogStreamAwsPutSchema
    from .log_stream_deactivate_link import LogStreamDeactivateLink
    from .log_stream_link_object import LogStreamLinkObject
    from .log_stream_link_object_method import LogStreamLinkObjectMethod
    from .log_stream_links_self_and_lifecycle import LogStreamLinksSelfAndLifecycle
    from .log_stream_put_schema import LogStreamPutSchema
    from .log_stream_schema import LogStreamSchema
    from .log_stream_self_link import LogStreamSelfLink
    from .log_stream_settings_aws import LogStreamSettingsAws
    from .log_stream_settings_splunk import LogStreamSettingsSplunk
    from .log_stream_settings_splunk_put import LogStreamSettingsSplunkPut
    from .log_stream_splunk import LogStreamSplunk
    from .log_stream_splunk_put_schema import LogStreamSplunkPutSchema
    from .log_stream_status import LogStreamStatus
    from .log_stream_type import LogStreamType
    from .log_target import LogTarget
    from .log_target_change_details import LogTargetChangeDetails
    from .log_transaction import LogTransaction
    from .log_user_agent import LogUserAgent
    from .log_user_behavior import LogUserBehavior
    from .log_user_behavior_result import LogUserBehaviorResult
    from .mac_os_account_profile import MacOSAccountProfile
    from .mac_os_account_profile_type import MacOSAccountProfileType
    from .mdm_enrollment_policy_enrollment import MDMEnrollmentPolicyEnrollment
    from .mdm_enrollment_policy_rule_condition import MDMEnrollmentPolicyRuleCondition
    from .membership_request_schema import MembershipRequestSchema
    from .metadata_link import MetadataLink
    from .mtls_credentials import MtlsCredentials
    from .mtls_endpoints import MtlsEndpoints
    from .mtls_sso_endpoint import MtlsSsoEndpoint
    from .mtls_trust_credentials import MtlsTrustCredentials
    from .mtls_trust_credentials_revocation import MtlsTrustCredentialsRevocation
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
    from .number_factor_challenge_embedded_links import NumberFactorChallengeEmbeddedLinks
    from .number_factor_challenge_embedded_links_challenge import NumberFactorChallengeEmbeddedLinksChallenge
    from .o_auth_2_actor import OAuth2Actor
    from .o_auth_2_claim import OAuth2Claim
    from .o_auth_2_claim_conditions import OAuth2ClaimConditions
    from .o_auth_2_claim_group_filter_type import OAuth2ClaimGroupFilterType
    from .o_auth_2_claim_type import OAuth2ClaimType
    from .o_auth_2_claim_value_type import OAuth2ClaimValueType
    from .o_auth_2_client import OAuth2Client
    from .o_auth_2_client_json_encryption_key_request import OAuth2ClientJsonEncryptionKeyRequest
    from .o_auth_2_client_json_encryption_key_request_kty import OAuth2ClientJsonEncryptionKeyRequestKty
    from .o_auth_2_client_json_encryption_key_request_use import OAuth2ClientJsonEncryptionKeyRequestUse
    from .o_auth_2_client_json_encryption_key_response import OAuth2ClientJsonEncryptionKeyResponse
    from .o_auth_2_client_json_encryption_key_response_kty import OAuth2ClientJsonEncryptionKeyResponseKty
    from .o_auth_2_client_json_encryption_key_response_use import OAuth2ClientJsonEncryptionKeyResponseUse
    from .o_auth_2_client_json_web_key_ec_request import OAuth2ClientJsonWebKeyECRequest
    from .o_auth_2_client_json_web_key_ec_request_kty import OAuth2ClientJsonWebKeyECRequestKty
    from .o_auth_2_client_json_web_key_ec_response import OAuth2ClientJsonWebKeyECResponse
    from .o_auth_2_client_json_web_key_ec_response_kty import OAuth2ClientJsonWebKeyECResponseKty
    from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
    from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus
    from .o_auth_2_client_json_web_key_request_body import OAuth2ClientJsonWebKeyRequestBody
    from .o_auth_2_client_json_web_key_request_body_status import OAuth2ClientJsonWebKeyRequestBodyStatus
    from .o_auth_2_client_json_web_key_response_base import OAuth2ClientJsonWebKeyResponseBase
    from .o_auth_2_client_json_web_key_rsa_request import OAuth2ClientJsonWebKeyRsaRequest
    from .o_auth_2_client_json_web_key_rsa_request_kty import OAuth2ClientJsonWebKeyRsaRequestKty
    from .o_auth_2_client_json_web_key_rsa_response import OAuth2ClientJsonWebKeyRsaResponse
    from .o_auth_2_client_json_web_key_rsa_response_kty import OAuth2ClientJsonWebKeyRsaResponseKty
    from .o_auth_2_client_links import OAuth2ClientLinks
    from .o_auth_2_client_secret import OAuth2ClientSecret
    from .o_auth_2_client_secret_request_body import OAuth2ClientSecretRequestBody
    from .o_auth_2_client_secret_request_body_status import OAuth2ClientSecretRequestBodyStatus
    from .o_auth_2_client_secret_status import OAuth2ClientSecretStatus
    from .o_auth_2_refresh_token import OAuth2RefreshToken
    from .o_auth_2_refresh_token_embedded import OAuth2RefreshTokenEmbedded
    from .o_auth_2_refresh_token_links import OAuth2RefreshTokenLinks
    from .o_auth_2_refresh_token_links_revoke import OAuth2RefreshTokenLinksRevoke
    from .o_auth_2_refresh_token_links_revoke_hints import OAuth2RefreshTokenLinksRevokeHints
    from .o_auth_2_refresh_token_scope import OAuth2RefreshTokenScope
    from .o_auth_2_refresh_token_scope_links import OAuth2RefreshTokenScopeLinks
    from .o_auth_2_resource_server_json_web_key import OAuth2ResourceServerJsonWebKey
    from .o_auth_2_resource_server_json_web_key_request_body import OAuth2ResourceServerJsonWebKeyRequestBody
    from .o_auth_2_resource_server_json_web_key_request_body_status import (
        OAuth2ResourceServerJsonWebKeyRequestBodyStatus,
    )
    from .o_auth_2_resource_server_json_web_key_status import OAuth2ResourceServerJsonWebKeyStatus
    from .o_auth_2_scope import OAuth2Scope
    from .o_auth_2_scope_consent_grant import OAuth2ScopeConsentGrant
    from .o_auth_2_scope_consent_grant_embedded import OAuth2ScopeConsentGrantEmbedded
    from .o_auth_2_scope_consent_grant_embedded_scope import OAuth2ScopeConsentGrantEmbeddedScope
    from .o_auth_2_scope_consent_grant_links import OAuth2ScopeConsentGrantLinks
    from .o_auth_2_scope_consent_grant_source import OAuth2ScopeConsentGrantSource
    from .o_auth_2_scope_consent_type import OAuth2ScopeConsentType
    from .o_auth_2_scope_metadata_publish import OAuth2ScopeMetadataPublish
    from .o_auth_2_scopes_mediation_policy_rule_condition import OAuth2ScopesMediationPolicyRuleCondition
    from .o_auth_2_settings import OAuth2Settings
    from .o_auth_2_settings_public_key import OAuth2SettingsPublicKey
    from .o_auth_2_token import OAuth2Token
    from .o_auth_application_credentials import OAuthApplicationCredentials
    from .o_auth_authorization_endpoint import OAuthAuthorizationEndpoint
    from .o_auth_client_secret_links import OAuthClientSecretLinks
    from .o_auth_credentials import OAuthCredentials
    from .o_auth_credentials_client import OAuthCredentialsClient
    from .o_auth_credentials_client_token_endpoint_auth_method import OAuthCredentialsClientTokenEndpointAuthMethod
    from .o_auth_endpoint_authentication_method import OAuthEndpointAuthenticationMethod
    from .o_auth_endpoints import OAuthEndpoints
    from .o_auth_metadata import OAuthMetadata
    from .o_auth_metadata_dpop_signing_alg_values_supported_item import OAuthMetadataDpopSigningAlgValuesSupportedItem
    from .o_auth_provisioning_enabled_app import OAuthProvisioningEnabledApp
    from .o_auth_resource_server_key_links import OAuthResourceServerKeyLinks
    from .o_auth_response_type import OAuthResponseType
    from .o_auth_token_endpoint import OAuthTokenEndpoint
    from .oauth2clientcredentials import OAUTH2CLIENTCREDENTIALS
    from .oauth2clientcredentials_token_endpoint_auth_method import OAUTH2CLIENTCREDENTIALSTokenEndpointAuthMethod
    from .oauth2clientcredentialscreate import OAUTH2CLIENTCREDENTIALSCREATE
    from .oauth2clientcredentialscreate_token_endpoint_auth_method import (
        OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod,
    )
    from .oauth2jwtbearergrant import OAUTH2JWTBEARERGRANT
    from .oauth2jwtbearergrant_signing_algorithm import OAUTH2JWTBEARERGRANTSigningAlgorithm
    from .oauth2jwtbearergrantcreate import OAUTH2JWTBEARERGRANTCREATE
    from .oauth2jwtbearergrantcreate_signing_algorithm import OAUTH2JWTBEARERGRANTCREATESigningAlgorithm
    from .office_365_application import Office365Application
    from .office_365_application_settings import Office365ApplicationSettings
    from .office_365_application_settings_application import Office365ApplicationSettingsApplication
    from .office_365_application_sign_on_mode import Office365ApplicationSignOnMode
    from .office_365_provisioning_settings import Office365ProvisioningSettings
    from .offline_access_scope_resource_href_object import OfflineAccessScopeResourceHrefObject
    from .oidc import Oidc
    from .oidc_algorithms import OidcAlgorithms
    from .oidc_issuer import OidcIssuer
    from .oidc_jwks_endpoint import OidcJwksEndpoint
    from .oidc_request_algorithm import OidcRequestAlgorithm
    from .oidc_request_signature_algorithm import OidcRequestSignatureAlgorithm
    from .oidc_settings import OidcSettings
    from .oidc_signing_algorithm import OidcSigningAlgorithm
    from .oidc_slo_endpoint import OidcSloEndpoint
    from .oidc_user_info_endpoint import OidcUserInfoEndpoint
    from .oin_application import OINApplication
    from .oin_saml_11_application_settings_sign_on import OINSaml11ApplicationSettingsSignOn
    from .oin_saml_20_application_settings_sign_on import OINSaml20ApplicationSettingsSignOn
    from .okta_active_directory_group_profile import OktaActiveDirectoryGroupProfile
    from .okta_device_risk_change_event import OktaDeviceRiskChangeEvent
    from .okta_device_risk_change_event_current_level import OktaDeviceRiskChangeEventCurrentLevel
    from .okta_device_risk_change_event_initiating_entity import OktaDeviceRiskChangeEventInitiatingEntity
    from .okta_device_risk_change_event_previous_level import OktaDeviceRiskChangeEventPreviousLevel
    from .okta_device_risk_change_event_reason_admin import OktaDeviceRiskChangeEventReasonAdmin
    from .okta_device_risk_change_event_reason_user import OktaDeviceRiskChangeEventReasonUser
    from .okta_ip_change_event import OktaIpChangeEvent
    from .okta_ip_change_event_initiating_entity import OktaIpChangeEventInitiatingEntity
    from .okta_ip_change_event_reason_admin import OktaIpChangeEventReasonAdmin
    from .okta_ip_change_event_reason_user import OktaIpChangeEventReasonUser
    from .okta_managed_user_account_for_update import OktaManagedUserAccountForUpdate
    from .okta_managed_user_account_request import OktaManagedUserAccountRequest
    from .okta_managed_user_account_response import OktaManagedUserAccountResponse
    from .okta_personal_admin_feature_settings import OktaPersonalAdminFeatureSettings
    from .okta_sign_on_policy import OktaSignOnPolicy
    from .okta_sign_on_policy_conditions import OktaSignOnPolicyConditions
    from .okta_sign_on_policy_conditions_people import OktaSignOnPolicyConditionsPeople
    from .okta_sign_on_policy_conditions_people_groups import OktaSignOnPolicyConditionsPeopleGroups
    from .okta_sign_on_policy_factor_prompt_mode import OktaSignOnPolicyFactorPromptMode
    from .okta_sign_on_policy_rule import OktaSignOnPolicyRule
    from .okta_sign_on_policy_rule_actions import OktaSignOnPolicyRuleActions
    from .okta_sign_on_policy_rule_conditions import OktaSignOnPolicyRuleConditions
    from .okta_sign_on_policy_rule_signon_actions import OktaSignOnPolicyRuleSignonActions
    from .okta_sign_on_policy_rule_signon_actions_access import OktaSignOnPolicyRuleSignonActionsAccess
    from .okta_sign_on_policy_rule_signon_primary_factor import OktaSignOnPolicyRuleSignonPrimaryFactor
    from .okta_sign_on_policy_rule_signon_session_actions import OktaSignOnPolicyRuleSignonSessionActions
    from .okta_support_access_status import OktaSupportAccessStatus
    from .okta_support_case import OktaSupportCase
    from .okta_support_case_impersonation import OktaSupportCaseImpersonation
    from .okta_support_case_self_assigned import OktaSupportCaseSelfAssigned
    from .okta_support_cases import OktaSupportCases
    from .okta_user_group_profile import OktaUserGroupProfile
    from .okta_user_risk_change_event import OktaUserRiskChangeEvent
    from .okta_user_risk_change_event_current_level import OktaUserRiskChangeEventCurrentLevel
    from .okta_user_risk_change_event_initiating_entity import OktaUserRiskChangeEventInitiatingEntity
    from .okta_user_risk_change_event_previous_level import OktaUserRiskChangeEventPreviousLevel
    from .okta_user_risk_change_event_reason_admin import OktaUserRiskChangeEventReasonAdmin
    from .okta_user_risk_change_event_reason_user import OktaUserRiskChangeEventReasonUser
    from .okta_user_service_account_credentials import OktaUserServiceAccountCredentials
    from .okta_verify_payload import OktaVerifyPayload
    from .open_id_connect_application import OpenIdConnectApplication
    from .open_id_connect_application_consent_method import OpenIdConnectApplicationConsentMethod
    from .open_id_connect_application_idp_initiated_login import OpenIdConnectApplicationIdpInitiatedLogin
    from .open_id_connect_application_idp_initiated_login_mode import OpenIdConnectApplicationIdpInitiatedLoginMode
    from .open_id_connect_application_issuer_mode import OpenIdConnectApplicationIssuerMode
    from .open_id_connect_application_network import OpenIdConnectApplicationNetwork
    from .open_id_connect_application_network_connection import OpenIdConnectApplicationNetworkConnection
    from .open_id_connect_application_settings import OpenIdConnectApplicationSettings
    from .open_id_connect_application_settings_client import OpenIdConnectApplicationSettingsClient
    from .open_id_connect_application_settings_client_backchannel_authentication_request_signing_alg import (
        OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg,
    )
    from .open_id_connect_application_settings_client_backchannel_token_delivery_mode import (
        OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode,
    )
    from .open_id_connect_application_settings_client_keys import OpenIdConnectApplicationSettingsClientKeys
    from .open_id_connect_application_settings_client_request_object_signing_alg import (
        OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg,
    )
    from .open_id_connect_application_settings_client_subject_type import (
        OpenIdConnectApplicationSettingsClientSubjectType,
    )
    from .open_id_connect_application_settings_client_wildcard_redirect import (
        OpenIdConnectApplicationSettingsClientWildcardRedirect,
    )
    from .open_id_connect_application_settings_refresh_token import OpenIdConnectApplicationSettingsRefreshToken
    from .open_id_connect_application_type import OpenIdConnectApplicationType
    from .open_id_connect_refresh_token_rotation_type import OpenIdConnectRefreshTokenRotationType
    from .operation_request import OperationRequest
    from .operation_response import OperationResponse
    from .operation_response_status import OperationResponseStatus
    from .operational_status import OperationalStatus
    from .opt_in_status_response import OptInStatusResponse
    from .opt_in_status_response_links import OptInStatusResponseLinks
    from .opt_in_status_response_opt_in_status import OptInStatusResponseOptInStatus
    from .org_2_org_application import Org2OrgApplication
    from .org_2_org_application_settings import Org2OrgApplicationSettings
    from .org_2_org_application_settings_application import Org2OrgApplicationSettingsApplication
    from .org_2_org_application_sign_on_mode import Org2OrgApplicationSignOnMode
    from .org_2_org_provisioning_o_auth_signing_settings import Org2OrgProvisioningOAuthSigningSettings
    from .org_aerial_consent import OrgAerialConsent
    from .org_aerial_consent_details import OrgAerialConsentDetails
    from .org_aerial_consent_revoked import OrgAerialConsentRevoked
    from .org_aerial_grant_not_found import OrgAerialGrantNotFound
    from .org_billing_contact_type import OrgBillingContactType
    from .org_billing_contact_type_links import OrgBillingContactTypeLinks
    from .org_captcha_settings import OrgCAPTCHASettings
    from .org_captcha_settings_links import OrgCAPTCHASettingsLinks
    from .org_contact_type import OrgContactType
    from .org_contact_user import OrgContactUser
    from .org_contact_user_links import OrgContactUserLinks
    from .org_creation_admin import OrgCreationAdmin
    from .org_creation_admin_credentials import OrgCreationAdminCredentials
    from .org_creation_admin_credentials_password import OrgCreationAdminCredentialsPassword
    from .org_creation_admin_profile import OrgCreationAdminProfile
    from .org_cross_app_access_connection import OrgCrossAppAccessConnection
    from .org_cross_app_access_connection_patch_request import OrgCrossAppAccessConnectionPatchRequest
    from .org_cross_app_access_connection_patch_request_status import OrgCrossAppAccessConnectionPatchRequestStatus
    from .org_cross_app_access_connection_status import OrgCrossAppAccessConnectionStatus
    from .org_general_setting_links import OrgGeneralSettingLinks
    from .org_okta_communication_setting import OrgOktaCommunicationSetting
    from .org_okta_communication_setting_links import OrgOktaCommunicationSettingLinks
    from .org_okta_support_setting import OrgOktaSupportSetting
    from .org_okta_support_settings_obj import OrgOktaSupportSettingsObj
    from .org_okta_support_settings_obj_links import OrgOktaSupportSettingsObjLinks
    from .org_preferences import OrgPreferences
    from .org_preferences_links import OrgPreferencesLinks
    from .org_setting import OrgSetting
    from .org_setting_status import OrgSettingStatus
    from .org_technical_contact_type import OrgTechnicalContactType
    from .org_technical_contact_type_links import OrgTechnicalContactTypeLinks
    from .organizational_unit import OrganizationalUnit
    from .os_account import OSAccount
    from .os_account_display_name import OSAccountDisplayName
    from .os_account_embedded import OSAccountEmbedded
    from .os_account_links import OSAccountLinks
    from .os_account_mac_os import OSAccountMacOS
    from .os_account_platform import OSAccountPlatform
    from .os_account_status import OSAccountStatus
    from .os_account_windows import OSAccountWindows
    from .os_version import OSVersion
    from .os_version_constraint import OSVersionConstraint
    from .os_version_constraint_dynamic_version_requirement import OSVersionConstraintDynamicVersionRequirement
    from .os_version_constraint_dynamic_version_requirement_type import OSVersionConstraintDynamicVersionRequirementType
    from .os_version_constraint_major_version_constraint import OSVersionConstraintMajorVersionConstraint
    from .os_version_dynamic_version_requirement import OSVersionDynamicVersionRequirement
    from .os_version_dynamic_version_requirement_type import OSVersionDynamicVersionRequirementType
    from .os_version_four_components import OSVersionFourComponents
    from .os_version_three_components import OSVersionThreeComponents
    from .otp_protocol import OtpProtocol
    from .otp_totp_algorithm import OtpTotpAlgorithm
    from .otp_totp_encoding import OtpTotpEncoding
    from .page_root import PageRoot
    from .page_root_embedded import PageRootEmbedded
    from .page_root_links import PageRootLinks
    from .parameters import Parameters
    from .parameters_action import ParametersAction
    from .password_credential import PasswordCredential
    from .password_credential_hash import PasswordCredentialHash
    from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm
    from .password_credential_hook import PasswordCredentialHook
    from .password_dictionary import PasswordDictionary
    from .password_dictionary_common import PasswordDictionaryCommon
    from .password_expiration_policy_rule_condition import PasswordExpirationPolicyRuleCondition
    from .password_import_request import PasswordImportRequest
    from .password_import_request_data import PasswordImportRequestData
    from .password_import_request_data_action import PasswordImportRequestDataAction
    from .password_import_request_data_context import PasswordImportRequestDataContext
    from .password_import_request_data_context_credential import PasswordImportRequestDataContextCredential
    from .password_import_request_execute import PasswordImportRequestExecute
    from .password_import_response import PasswordImportResponse
    from .password_import_response_commands_item import PasswordImportResponseCommandsItem
    from .password_import_response_commands_item_value import PasswordImportResponseCommandsItemValue
    from .password_import_response_commands_item_value_credential import (
        PasswordImportResponseCommandsItemValueCredential,
    )
    from .password_policy import PasswordPolicy
    from .password_policy_authentication_provider_condition import PasswordPolicyAuthenticationProviderCondition
    from .password_policy_authentication_provider_type import PasswordPolicyAuthenticationProviderType
    from .password_policy_conditions import PasswordPolicyConditions
    from .password_policy_conditions_people import PasswordPolicyConditionsPeople
    from .password_policy_conditions_people_groups import PasswordPolicyConditionsPeopleGroups
    from .password_policy_delegation_settings import PasswordPolicyDelegationSettings
    from .password_policy_delegation_settings_options import PasswordPolicyDelegationSettingsOptions
    from .password_policy_password_settings import PasswordPolicyPasswordSettings
    from .password_policy_password_settings_age import PasswordPolicyPasswordSettingsAge
    from .password_policy_password_settings_breached_protection import PasswordPolicyPasswordSettingsBreachedProtection
    from .password_policy_password_settings_complexity import PasswordPolicyPasswordSettingsComplexity
    from .password_policy_password_settings_lockout import PasswordPolicyPasswordSettingsLockout
    from .password_policy_recovery_email import PasswordPolicyRecoveryEmail
    from .password_policy_recovery_email_properties import PasswordPolicyRecoveryEmailProperties
    from .password_policy_recovery_email_recovery_token import PasswordPolicyRecoveryEmailRecoveryToken
    from .password_policy_recovery_factor_settings import PasswordPolicyRecoveryFactorSettings
    from .password_policy_recovery_factors import PasswordPolicyRecoveryFactors
    from .password_policy_recovery_question import PasswordPolicyRecoveryQuestion
    from .password_policy_recovery_question_complexity import PasswordPolicyRecoveryQuestionComplexity
    from .password_policy_recovery_question_properties import PasswordPolicyRecoveryQuestionProperties
    from .password_policy_recovery_settings import PasswordPolicyRecoverySettings
    from .password_policy_rule import PasswordPolicyRule
    from .password_policy_rule_action import PasswordPolicyRuleAction
    from .password_policy_rule_actions import PasswordPolicyRuleActions
    from .password_policy_rule_conditions import PasswordPolicyRuleConditions
    from .password_policy_settings import PasswordPolicySettings
    from .password_protection_warning_trigger import PasswordProtectionWarningTrigger
    from .password_setting_object import PasswordSettingObject
    from .patch_action import PatchAction
    from .per_client_rate_limit_mode import PerClientRateLimitMode
    from .per_client_rate_limit_settings import PerClientRateLimitSettings
    from .per_client_rate_limit_settings_use_case_mode_overrides import PerClientRateLimitSettingsUseCaseModeOverrides
    from .permission import Permission
    from .permission_conditions import PermissionConditions
    from .permission_links import PermissionLinks
    from .permissions import Permissions
    from .personal_apps_block_list import PersonalAppsBlockList
    from .pin_request import PinRequest
    from .pin_request_fulfillment_provider import PinRequestFulfillmentProvider
    from .pipeline_type import PipelineType
    from .platform import Platform
    from .platform_condition_evaluator_platform import PlatformConditionEvaluatorPlatform
    from .platform_condition_evaluator_platform_operating_system import (
        PlatformConditionEvaluatorPlatformOperatingSystem,
    )
    from .platform_condition_evaluator_platform_operating_system_version import (
        PlatformConditionEvaluatorPlatformOperatingSystemVersion,
    )
    from .platform_condition_operating_system_version_match_type import PlatformConditionOperatingSystemVersionMatchType
    from .platform_policy_rule_condition import PlatformPolicyRuleCondition
    from .play_protect_verdict import PlayProtectVerdict
    from .policy import Policy
    from .policy_access import PolicyAccess
    from .policy_account_link import PolicyAccountLink
    from .policy_account_link_action import PolicyAccountLinkAction
    from .policy_account_link_filter import PolicyAccountLinkFilter
    from .policy_account_link_filter_groups import PolicyAccountLinkFilterGroups
    from .policy_account_link_filter_users import PolicyAccountLinkFilterUsers
    from .policy_common import PolicyCommon
    from .policy_context import PolicyContext
    from .policy_context_device import PolicyContextDevice
    from .policy_context_groups import PolicyContextGroups
    from .policy_context_risk import PolicyContextRisk
    from .policy_context_risk_level import PolicyContextRiskLevel
    from .policy_context_risk_min_risk_level import PolicyContextRiskMinRiskLevel
    from .policy_context_user import PolicyContextUser
    from .policy_context_zones import PolicyContextZones
    from .policy_links import PolicyLinks
    from .policy_mapping import PolicyMapping
    from .policy_mapping_links import PolicyMappingLinks
    from .policy_mapping_request import PolicyMappingRequest
    from .policy_mapping_resource_type import PolicyMappingResourceType
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_network_connection import PolicyNetworkConnection
    from .policy_people_condition import PolicyPeopleCondition
    from .policy_platform_operating_system_type import PolicyPlatformOperatingSystemType
    from .policy_platform_type import PolicyPlatformType
    from .policy_rule import PolicyRule
    from .policy_rule_actions import PolicyRuleActions
    from .policy_rule_actions_enroll import PolicyRuleActionsEnroll
    from .policy_rule_actions_enroll_self import PolicyRuleActionsEnrollSelf
    from .policy_rule_auth_context_condition import PolicyRuleAuthContextCondition
    from .policy_rule_auth_context_type import PolicyRuleAuthContextType
    from .policy_rule_conditions import PolicyRuleConditions
    from .policy_rule_type import PolicyRuleType
    from .policy_rule_verification_method_type import PolicyRuleVerificationMethodType
    from .policy_subject import PolicySubject
    from .policy_subject_match_type import PolicySubjectMatchType
    from .policy_type import PolicyType
    from .policy_type_simulation import PolicyTypeSimulation
    from .policy_user_name_template import PolicyUserNameTemplate
    from .policy_user_status import PolicyUserStatus
    from .possession_constraint import PossessionConstraint
    from .possession_constraint_device_bound import PossessionConstraintDeviceBound
    from .possession_constraint_hardware_protection import PossessionConstraintHardwareProtection
    from .possession_constraint_phishing_resistant import PossessionConstraintPhishingResistant
    from .possession_constraint_user_presence import PossessionConstraintUserPresence
    from .possession_constraint_user_verification import PossessionConstraintUserVerification
    from .possession_constraint_user_verification_methods_item import PossessionConstraintUserVerificationMethodsItem
    from .post_api_service_integration_instance import PostAPIServiceIntegrationInstance
    from .post_api_service_integration_instance_request import PostAPIServiceIntegrationInstanceRequest
    from .post_auth_keep_me_signed_in_prompt import PostAuthKeepMeSignedInPrompt
    from .post_auth_session_failure_actions_object import PostAuthSessionFailureActionsObject
    from .post_auth_session_failure_actions_object_action import PostAuthSessionFailureActionsObjectAction
    from .post_auth_session_policy import PostAuthSessionPolicy
    from .post_auth_session_policy_rule import PostAuthSessionPolicyRule
    from .post_auth_session_policy_rule_actions import PostAuthSessionPolicyRuleActions
    from .post_auth_session_policy_rule_actions_post_auth_session import PostAuthSessionPolicyRuleActionsPostAuthSession
    from .post_auth_session_policy_rule_conditions import PostAuthSessionPolicyRuleConditions
    from .post_auth_session_policy_rule_run_workflow import PostAuthSessionPolicyRuleRunWorkflow
    from .post_auth_session_policy_rule_run_workflow_action import PostAuthSessionPolicyRuleRunWorkflowAction
    from .post_auth_session_policy_rule_run_workflow_workflow import PostAuthSessionPolicyRuleRunWorkflowWorkflow
    from .post_auth_session_policy_rule_terminate_session import PostAuthSessionPolicyRuleTerminateSession
    from .post_auth_session_policy_rule_terminate_session_action import PostAuthSessionPolicyRuleTerminateSessionAction
    from .pre_registration_inline_hook import PreRegistrationInlineHook
    from .principal_rate_limit_entity import PrincipalRateLimitEntity
    from .principal_type import PrincipalType
    from .privileged_resource import PrivilegedResource
    from .privileged_resource_account_app_request import PrivilegedResourceAccountAppRequest
    from .privileged_resource_account_app_response import PrivilegedResourceAccountAppResponse
    from .privileged_resource_account_okta import PrivilegedResourceAccountOkta
    from .privileged_resource_credentials import PrivilegedResourceCredentials
    from .privileged_resource_filters import PrivilegedResourceFilters
    from .privileged_resource_status import PrivilegedResourceStatus
    from .privileged_resource_type import PrivilegedResourceType
    from .privileged_resource_update_request import PrivilegedResourceUpdateRequest
    from .profile import Profile
    from .profile_enrollment_policy import ProfileEnrollmentPolicy
    from .profile_enrollment_policy_rule import ProfileEnrollmentPolicyRule
    from .profile_enrollment_policy_rule_action import ProfileEnrollmentPolicyRuleAction
    from .profile_enrollment_policy_rule_action_access import ProfileEnrollmentPolicyRuleActionAccess
    from .profile_enrollment_policy_rule_action_progressive_profiling_action import (
        ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction,
    )
    from .profile_enrollment_policy_rule_action_unknown_user_action import (
        ProfileEnrollmentPolicyRuleActionUnknownUserAction,
    )
    from .profile_enrollment_policy_rule_actions import ProfileEnrollmentPolicyRuleActions
    from .profile_enrollment_policy_rule_activation_requirement import ProfileEnrollmentPolicyRuleActivationRequirement
    from .profile_enrollment_policy_rule_profile_attribute import ProfileEnrollmentPolicyRuleProfileAttribute
    from .profile_mapping import ProfileMapping
    from .profile_mapping_property import ProfileMappingProperty
    from .profile_mapping_property_push_status import ProfileMappingPropertyPushStatus
    from .profile_mapping_request import ProfileMappingRequest
    from .profile_mapping_source import ProfileMappingSource
    from .profile_mapping_target import ProfileMappingTarget
    from .profile_setting_object import ProfileSettingObject
    from .protocol import Protocol
    from .protocol_algorithm_request_scope import ProtocolAlgorithmRequestScope
    from .protocol_algorithm_response_scope import ProtocolAlgorithmResponseScope
    from .protocol_endpoint_binding import ProtocolEndpointBinding
    from .protocol_id_verification import ProtocolIdVerification
    from .protocol_id_verification_type import ProtocolIdVerificationType
    from .protocol_mtls import ProtocolMtls
    from .protocol_mtls_type import ProtocolMtlsType
    from .protocol_o_auth import ProtocolOAuth
    from .protocol_o_auth_type import ProtocolOAuthType
    from .protocol_oidc import ProtocolOidc
    from .protocol_oidc_type import ProtocolOidcType
    from .protocol_saml import ProtocolSaml
    from .protocol_saml_type import ProtocolSamlType
    from .provider_type import ProviderType
    from .provisioning import Provisioning
    from .provisioning_action import ProvisioningAction
    from .provisioning_capability import ProvisioningCapability
    from .provisioning_capability_capability import ProvisioningCapabilityCapability
    from .provisioning_capability_supported_protocols_item import ProvisioningCapabilitySupportedProtocolsItem
    from .provisioning_conditions import ProvisioningConditions
    from .provisioning_connection_auth_scheme import ProvisioningConnectionAuthScheme
    from .provisioning_connection_oauth_auth_scheme import ProvisioningConnectionOauthAuthScheme
    from .provisioning_connection_oauth_request import ProvisioningConnectionOauthRequest
    from .provisioning_connection_oauth_request_profile import ProvisioningConnectionOauthRequestProfile
    from .provisioning_connection_profile_oauth import ProvisioningConnectionProfileOauth
    from .provisioning_connection_request import ProvisioningConnectionRequest
    from .provisioning_connection_request_auth_scheme import ProvisioningConnectionRequestAuthScheme
    from .provisioning_connection_response import ProvisioningConnectionResponse
    from .provisioning_connection_response_profile import ProvisioningConnectionResponseProfile
    from .provisioning_connection_status import ProvisioningConnectionStatus
    from .provisioning_connection_token_auth_scheme import ProvisioningConnectionTokenAuthScheme
    from .provisioning_connection_token_request import ProvisioningConnectionTokenRequest
    from .provisioning_connection_token_request_profile import ProvisioningConnectionTokenRequestProfile
    from .provisioning_deprovisioned_action import ProvisioningDeprovisionedAction
    from .provisioning_deprovisioned_condition import ProvisioningDeprovisionedCondition
    from .provisioning_details import ProvisioningDetails
    from .provisioning_details_features_item import ProvisioningDetailsFeaturesItem
    from .provisioning_groups import ProvisioningGroups
    from .provisioning_groups_action import ProvisioningGroupsAction
    from .provisioning_suspended_action import ProvisioningSuspendedAction
    from .provisioning_suspended_condition import ProvisioningSuspendedCondition
    from .public_apple_app_site_well_known_uri import PublicAppleAppSiteWellKnownURI
    from .public_asset_links_well_known_uri_item import PublicAssetLinksWellKnownURIItem
    from .public_webauthn_site_well_known_uri import PublicWebauthnSiteWellKnownURI
    from .push_method_key_protection import PushMethodKeyProtection
    from .push_provider import PushProvider
    from .rate_limit_admin_notifications import RateLimitAdminNotifications
    from .rate_limit_warning_threshold_request import RateLimitWarningThresholdRequest
    from .rate_limit_warning_threshold_response import RateLimitWarningThresholdResponse
    from .realm import Realm
    from .realm_assignment import RealmAssignment
    from .realm_assignment_operation_response import RealmAssignmentOperationResponse
    from .realm_assignment_operation_response_assignment_operation import (
        RealmAssignmentOperationResponseAssignmentOperation,
    )
    from .realm_assignment_operation_response_assignment_operation_configuration import (
        RealmAssignmentOperationResponseAssignmentOperationConfiguration,
    )
    from .realm_assignment_operation_response_assignment_operation_configuration_actions import (
        RealmAssignmentOperationResponseAssignmentOperationConfigurationActions,
    )
    from .realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm import (
        RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm,
    )
    from .realm_profile import RealmProfile
    from .realm_profile_realm_type import RealmProfileRealmType
    from .recovery_question_credential import RecoveryQuestionCredential
    from .refresh_token import RefreshToken
    from .registration_inline_hook import RegistrationInlineHook
    from .registration_inline_hook_command import RegistrationInlineHookCommand
    from .registration_inline_hook_command_type import RegistrationInlineHookCommandType
    from .registration_inline_hook_pp_data import RegistrationInlineHookPPData
    from .registration_inline_hook_pp_data_data import RegistrationInlineHookPPDataData
    from .registration_inline_hook_pp_data_data_context import RegistrationInlineHookPPDataDataContext
    from .registration_inline_hook_pp_data_data_context_user import RegistrationInlineHookPPDataDataContextUser
    from .registration_inline_hook_pp_data_data_context_user_links import (
        RegistrationInlineHookPPDataDataContextUserLinks,
    )
    from .registration_inline_hook_request import RegistrationInlineHookRequest
    from .registration_inline_hook_request_type import RegistrationInlineHookRequestType
    from .registration_inline_hook_response import RegistrationInlineHookResponse
    from .registration_inline_hook_ssr_data import RegistrationInlineHookSSRData
    from .registration_inline_hook_ssr_data_data import RegistrationInlineHookSSRDataData
    from .registration_inline_hook_ssr_data_data_context import RegistrationInlineHookSSRDataDataContext
    from .registration_response import RegistrationResponse
    from .registration_response_commands_item import RegistrationResponseCommandsItem
    from .registration_response_error import RegistrationResponseError
    from .registration_response_error_error_causes_item import RegistrationResponseErrorErrorCausesItem
    from .release_channel import ReleaseChannel
    from .replace_brand_well_known_uri_path import ReplaceBrandWellKnownUriPath
    from .replace_email_domain_expand_item import ReplaceEmailDomainExpandItem
    from .replace_group_body import ReplaceGroupBody
    from .replace_org_contact_user_contact_type import ReplaceOrgContactUserContactType
    from .replace_user_classification import ReplaceUserClassification
    from .requester_field import RequesterField
    from .requester_field_type import RequesterFieldType
    from .requester_field_value import RequesterFieldValue
    from .required_enum import RequiredEnum
    from .resend_user_factor import ResendUserFactor
    from .resend_user_factor_factor_type import ResendUserFactorFactorType
    from .reset_password_token import ResetPasswordToken
    from .resource_conditions import ResourceConditions
    from .resource_conditions_exclude import ResourceConditionsExclude
    from .resource_server_json_web_key import ResourceServerJsonWebKey
    from .resource_server_json_web_keys import ResourceServerJsonWebKeys
    from .resource_set import ResourceSet
    from .resource_set_binding_add_members_request import ResourceSetBindingAddMembersRequest
    from .resource_set_binding_create_request import ResourceSetBindingCreateRequest
    from .resource_set_binding_edit_response import ResourceSetBindingEditResponse
    from .resource_set_binding_edit_response_links import ResourceSetBindingEditResponseLinks
    from .resource_set_binding_member import ResourceSetBindingMember
    from .resource_set_binding_members import ResourceSetBindingMembers
    from .resource_set_binding_members_links import ResourceSetBindingMembersLinks
    from .resource_set_binding_response import ResourceSetBindingResponse
    from .resource_set_binding_response_links import ResourceSetBindingResponseLinks
    from .resource_set_binding_role import ResourceSetBindingRole
    from .resource_set_binding_role_links import ResourceSetBindingRoleLinks
    from .resource_set_bindings import ResourceSetBindings
    from .resource_set_bindings_links import ResourceSetBindingsLinks
    from .resource_set_links import ResourceSetLinks
    from .resource_set_resource import ResourceSetResource
    from .resource_set_resource_links import ResourceSetResourceLinks
    from .resource_set_resource_patch_request import ResourceSetResourcePatchRequest
    from .resource_set_resource_post_request import ResourceSetResourcePostRequest
    from .resource_set_resource_put_request import ResourceSetResourcePutRequest
    from .resource_set_resources import ResourceSetResources
    from .resource_set_resources_links import ResourceSetResourcesLinks
    from .resource_sets import ResourceSets
    from .response_links import ResponseLinks
    from .response_mode import ResponseMode
    from .response_type import ResponseType
    from .response_types_supported import ResponseTypesSupported
    from .revoke_refresh_token_href_object import RevokeRefreshTokenHrefObject
    from .risc_identifier_changed_event import RiscIdentifierChangedEvent
    from .risk_detection_types_policy_rule_condition import RiskDetectionTypesPolicyRuleCondition
    from .risk_event import RiskEvent
    from .risk_event_subject import RiskEventSubject
    from .risk_event_subject_risk_level import RiskEventSubjectRiskLevel
    from .risk_policy_rule_condition import RiskPolicyRuleCondition
    from .risk_provider import RiskProvider
    from .risk_provider_action import RiskProviderAction
    from .risk_score_policy_rule_condition import RiskScorePolicyRuleCondition
    from .risk_score_policy_rule_condition_level import RiskScorePolicyRuleConditionLevel
    from .role import Role
    from .role_assigned_user import RoleAssignedUser
    from .role_assigned_users import RoleAssignedUsers
    from .role_assignment_type import RoleAssignmentType
    from .role_governance import RoleGovernance
    from .role_governance_resource import RoleGovernanceResource
    from .role_governance_resources import RoleGovernanceResources
    from .role_governance_resources_links import RoleGovernanceResourcesLinks
    from .role_governance_source import RoleGovernanceSource
    from .role_governance_source_links import RoleGovernanceSourceLinks
    from .role_target import RoleTarget
    from .role_type import RoleType
    from .rotate_password_request import RotatePasswordRequest
    from .safe_browsing_protection_level import SafeBrowsingProtectionLevel
    from .salesforce_application import SalesforceApplication
    from .salesforce_application_settings import SalesforceApplicationSettings
    from .salesforce_application_settings_application import SalesforceApplicationSettingsApplication
    from .salesforce_application_settings_application_instance_type import (
        SalesforceApplicationSettingsApplicationInstanceType,
    )
    from .salesforce_application_settings_application_integration_type import (
        SalesforceApplicationSettingsApplicationIntegrationType,
    )
    from .salesforce_application_sign_on_mode import SalesforceApplicationSignOnMode
    from .saml import Saml
    from .saml_11_application import Saml11Application
    from .saml_11_application_settings import Saml11ApplicationSettings
    from .saml_11_application_settings_sign_on import Saml11ApplicationSettingsSignOn
    from .saml_acs_endpoint import SamlAcsEndpoint
    from .saml_acs_item import SamlAcsItem
    from .saml_algorithms import SamlAlgorithms
    from .saml_application import SamlApplication
    from .saml_application_settings import SamlApplicationSettings
    from .saml_application_settings_sign_on import SamlApplicationSettingsSignOn
    from .saml_application_settings_sign_on_authn_context_class_ref import (
        SamlApplicationSettingsSignOnAuthnContextClassRef,
    )
    from .saml_application_settings_sign_on_digest_algorithm import SamlApplicationSettingsSignOnDigestAlgorithm
    from .saml_application_settings_sign_on_signature_algorithm import SamlApplicationSettingsSignOnSignatureAlgorithm
    from .saml_application_settings_sign_on_subject_name_id_format import (
        SamlApplicationSettingsSignOnSubjectNameIdFormat,
    )
    from .saml_assertion_encryption import SamlAssertionEncryption
    from .saml_assertion_encryption_encryption_algorithm import SamlAssertionEncryptionEncryptionAlgorithm
    from .saml_assertion_encryption_key_transport_algorithm import SamlAssertionEncryptionKeyTransportAlgorithm
    from .saml_attribute_statement_expression import SamlAttributeStatementExpression
    from .saml_attribute_statement_expression_namespace import SamlAttributeStatementExpressionNamespace
    from .saml_attribute_statement_group import SamlAttributeStatementGroup
    from .saml_attribute_statement_group_filter_type import SamlAttributeStatementGroupFilterType
    from .saml_attribute_statement_group_namespace import SamlAttributeStatementGroupNamespace
    from .saml_claims_item import SamlClaimsItem
    from .saml_credentials import SamlCredentials
    from .saml_endpoint_type import SamlEndpointType
    from .saml_endpoints import SamlEndpoints
    from .saml_hook_response import SAMLHookResponse
    from .saml_hook_response_commands_item import SAMLHookResponseCommandsItem
    from .saml_hook_response_commands_item_value_item import SAMLHookResponseCommandsItemValueItem
    from .saml_hook_response_commands_item_value_item_value_type_2 import (
        SAMLHookResponseCommandsItemValueItemValueType2,
    )
    from .saml_hook_response_error import SAMLHookResponseError
    from .saml_name_id_format import SamlNameIdFormat
    from .saml_pay_load import SAMLPayLoad
    from .saml_pay_load_data import SAMLPayLoadData
    from .saml_pay_load_data_assertion import SAMLPayLoadDataAssertion
    from .saml_pay_load_data_assertion_authentication import SAMLPayLoadDataAssertionAuthentication
    from .saml_pay_load_data_assertion_authentication_authn_context import (
        SAMLPayLoadDataAssertionAuthenticationAuthnContext,
    )
    from .saml_pay_load_data_assertion_claims import SAMLPayLoadDataAssertionClaims
    from .saml_pay_load_data_assertion_claims_additional_property import (
        SAMLPayLoadDataAssertionClaimsAdditionalProperty,
    )
    from .saml_pay_load_data_assertion_claims_additional_property_attribute_values_item import (
        SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem,
    )
    from .saml_pay_load_data_assertion_claims_additional_property_attribute_values_item_attributes import (
        SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
    )
    from .saml_pay_load_data_assertion_claims_additional_property_attributes import (
        SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes,
    )
    from .saml_pay_load_data_assertion_conditions import SAMLPayLoadDataAssertionConditions
    from .saml_pay_load_data_assertion_lifetime import SAMLPayLoadDataAssertionLifetime
    from .saml_pay_load_data_assertion_subject import SAMLPayLoadDataAssertionSubject
    from .saml_pay_load_data_assertion_subject_confirmation import SAMLPayLoadDataAssertionSubjectConfirmation
    from .saml_pay_load_data_assertion_subject_confirmation_data import SAMLPayLoadDataAssertionSubjectConfirmationData
    from .saml_pay_load_data_context import SAMLPayLoadDataContext
    from .saml_pay_load_data_context_protocol import SAMLPayLoadDataContextProtocol
    from .saml_pay_load_data_context_protocol_issuer import SAMLPayLoadDataContextProtocolIssuer
    from .saml_payload_execute import SAMLPayloadExecute
    from .saml_payload_execute_data import SAMLPayloadExecuteData
    from .saml_payload_execute_data_assertion import SAMLPayloadExecuteDataAssertion
    from .saml_payload_execute_data_assertion_authentication import SAMLPayloadExecuteDataAssertionAuthentication
    from .saml_payload_execute_data_assertion_authentication_authn_context import (
        SAMLPayloadExecuteDataAssertionAuthenticationAuthnContext,
    )
    from .saml_payload_execute_data_assertion_claims import SAMLPayloadExecuteDataAssertionClaims
    from .saml_payload_execute_data_assertion_claims_additional_property import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalProperty,
    )
    from .saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem,
    )
    from .saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes,
    )
    from .saml_payload_execute_data_assertion_claims_additional_property_attributes import (
        SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributes,
    )
    from .saml_payload_execute_data_assertion_conditions import SAMLPayloadExecuteDataAssertionConditions
    from .saml_payload_execute_data_assertion_lifetime import SAMLPayloadExecuteDataAssertionLifetime
    from .saml_payload_execute_data_assertion_subject import SAMLPayloadExecuteDataAssertionSubject
    from .saml_payload_execute_data_assertion_subject_confirmation import (
        SAMLPayloadExecuteDataAssertionSubjectConfirmation,
    )
    from .saml_payload_execute_data_assertion_subject_confirmation_data import (
        SAMLPayloadExecuteDataAssertionSubjectConfirmationData,
    )
    from .saml_payload_execute_data_context import SAMLPayloadExecuteDataContext
    from .saml_payload_execute_data_context_protocol import SAMLPayloadExecuteDataContextProtocol
    from .saml_payload_execute_data_context_protocol_issuer import SAMLPayloadExecuteDataContextProtocolIssuer
    from .saml_relay_state import SamlRelayState
    from .saml_relay_state_format import SamlRelayStateFormat
    from .saml_request_algorithm import SamlRequestAlgorithm
    from .saml_request_digest_algorithm import SamlRequestDigestAlgorithm
    from .saml_request_signature_algorithm import SamlRequestSignatureAlgorithm
    from .saml_response_algorithm import SamlResponseAlgorithm
    from .saml_response_signature_algorithm import SamlResponseSignatureAlgorithm
    from .saml_settings import SamlSettings
    from .saml_signing_algorithm import SamlSigningAlgorithm
    from .saml_signing_credentials import SamlSigningCredentials
    from .saml_slo_endpoint import SamlSloEndpoint
    from .saml_sp_certificate import SamlSpCertificate
    from .saml_sso_endpoint import SamlSsoEndpoint
    from .saml_trust_credentials import SamlTrustCredentials
    from .scheduled_user_lifecycle_action import ScheduledUserLifecycleAction
    from .scheme_application_credentials import SchemeApplicationCredentials
    from .scim import Scim
    from .scim_scim_server_config import ScimScimServerConfig
    from .scim_scim_server_config_change_password import ScimScimServerConfigChangePassword
    from .scim_scim_server_config_patch import ScimScimServerConfigPatch
    from .scope_resource_href_object import ScopeResourceHrefObject
    from .screen_lock_complexity import ScreenLockComplexity
    from .screen_lock_type import ScreenLockType
    from .secure_password_store_application import SecurePasswordStoreApplication
    from .secure_password_store_application_settings import SecurePasswordStoreApplicationSettings
    from .secure_password_store_application_settings_application import (
        SecurePasswordStoreApplicationSettingsApplication,
    )
    from .security_event import SecurityEvent
    from .security_event_reason import SecurityEventReason
    from .security_event_subject import SecurityEventSubject
    from .security_event_token_error import SecurityEventTokenError
    from .security_event_token_error_err import SecurityEventTokenErrorErr
    from .security_event_token_jwt_body import SecurityEventTokenJwtBody
    from .security_event_token_jwt_events import SecurityEventTokenJwtEvents
    from .security_event_token_jwt_header import SecurityEventTokenJwtHeader
    from .security_event_token_request_jwt_body import SecurityEventTokenRequestJwtBody
    from .security_event_token_request_jwt_events import SecurityEventTokenRequestJwtEvents
    from .security_event_token_request_jwt_header import SecurityEventTokenRequestJwtHeader
    from .security_events_provider_request import SecurityEventsProviderRequest
    from .security_events_provider_response import SecurityEventsProviderResponse
    from .security_events_provider_response_status import SecurityEventsProviderResponseStatus
    from .security_events_provider_settings_non_ssf_compliant import SecurityEventsProviderSettingsNonSSFCompliant
    from .security_events_provider_settings_response import SecurityEventsProviderSettingsResponse
    from .security_events_provider_settings_ssf_compliant import SecurityEventsProviderSettingsSSFCompliant
    from .seed_enum import SeedEnum
    from .self_assigned_status import SelfAssignedStatus
    from .self_service_password_reset_action import SelfServicePasswordResetAction
    from .self_service_password_reset_action_type import SelfServicePasswordResetActionType
    from .service_account import ServiceAccount
    from .service_account_details_app_account import ServiceAccountDetailsAppAccount
    from .service_account_details_app_account_sub import ServiceAccountDetailsAppAccountSub
    from .service_account_details_okta_user_account import ServiceAccountDetailsOktaUserAccount
    from .service_account_details_okta_user_account_sub import ServiceAccountDetailsOktaUserAccountSub
    from .service_account_for_update import ServiceAccountForUpdate
    from .service_account_status import ServiceAccountStatus
    from .service_account_status_detail import ServiceAccountStatusDetail
    from .service_account_type import ServiceAccountType
    from .session import Session
    from .session_authentication_method import SessionAuthenticationMethod
    from .session_identity_provider import SessionIdentityProvider
    from .session_identity_provider_type import SessionIdentityProviderType
    from .session_status import SessionStatus
    from .session_violation_detection_policy import SessionViolationDetectionPolicy
    from .session_violation_detection_policy_evaluation import SessionViolationDetectionPolicyEvaluation
    from .session_violation_detection_policy_rule import SessionViolationDetectionPolicyRule
    from .session_violation_detection_policy_rule_actions import SessionViolationDetectionPolicyRuleActions
    from .session_violation_detection_policy_rule_actions_session_violation_detection import (
        SessionViolationDetectionPolicyRuleActionsSessionViolationDetection,
    )
    from .session_violation_detection_policy_rule_conditions import SessionViolationDetectionPolicyRuleConditions
    from .session_violation_detection_risk_score_condition import SessionViolationDetectionRiskScoreCondition
    from .session_violation_detection_risk_score_condition_min_risk_level import (
        SessionViolationDetectionRiskScoreConditionMinRiskLevel,
    )
    from .show_sign_in_with_ov import ShowSignInWithOV
    from .sign_in_page import SignInPage
    from .sign_in_page_touch_point_variant import SignInPageTouchPointVariant
    from .sign_in_page_widget_customizations import SignInPageWidgetCustomizations
    from .sign_on_inline_hook import SignOnInlineHook
    from .signing_algorithm import SigningAlgorithm
    from .simulate_policy_body import SimulatePolicyBody
    from .simulate_policy_evaluations import SimulatePolicyEvaluations
    from .simulate_policy_evaluations_evaluated import SimulatePolicyEvaluationsEvaluated
    from .simulate_policy_evaluations_undefined import SimulatePolicyEvaluationsUndefined
    from .simulate_policy_result import SimulatePolicyResult
    from .simulate_result_conditions import SimulateResultConditions
    from .simulate_result_policies_items import SimulateResultPoliciesItems
    from .simulate_result_rules import SimulateResultRules
    from .simulate_result_status import SimulateResultStatus
    from .single_logout import SingleLogout
    from .slack_application import SlackApplication
    from .slack_application_settings import SlackApplicationSettings
    from .slack_application_settings_application import SlackApplicationSettingsApplication
    from .slack_application_sign_on_mode import SlackApplicationSignOnMode
    from .slo_participate import SloParticipate
    from .slo_participate_binding_type import SloParticipateBindingType
    from .sms_template import SmsTemplate
    from .sms_template_translations import SmsTemplateTranslations
    from .sms_template_type import SmsTemplateType
    from .smtp_auth_type import SmtpAuthType
    from .social_auth_token import SocialAuthToken
    from .source_links import SourceLinks
    from .splunk_edition import SplunkEdition
    from .ssf_transmitter_caep_session_revoked_event import SsfTransmitterCaepSessionRevokedEvent
    from .ssf_transmitter_caep_session_revoked_event_reason_admin import (
        SsfTransmitterCaepSessionRevokedEventReasonAdmin,
    )
    from .ssf_transmitter_caep_session_revoked_event_reason_user import SsfTransmitterCaepSessionRevokedEventReasonUser
    from .ssf_transmitter_security_event_subject import SsfTransmitterSecurityEventSubject
    from .sso import Sso
    from .sso_capability import SsoCapability
    from .sso_capability_capability import SsoCapabilityCapability
    from .sso_capability_supported_protocols_item import SsoCapabilitySupportedProtocolsItem
    from .sspr_primary_requirement import SsprPrimaryRequirement
    from .sspr_primary_requirement_methods_item import SsprPrimaryRequirementMethodsItem
    from .sspr_requirement import SsprRequirement
    from .sspr_requirement_access_control import SsprRequirementAccessControl
    from .sspr_settings import SsprSettings
    from .sspr_step_up_requirement import SsprStepUpRequirement
    from .sspr_step_up_requirement_methods_item import SsprStepUpRequirementMethodsItem
    from .standard_role import StandardRole
    from .standard_role_assignment_schema import StandardRoleAssignmentSchema
    from .standard_role_assignment_schema_type import StandardRoleAssignmentSchemaType
    from .standard_role_embedded import StandardRoleEmbedded
    from .standard_role_embedded_targets import StandardRoleEmbeddedTargets
    from .standard_role_embedded_targets_catalog import StandardRoleEmbeddedTargetsCatalog
    from .start_org_failback_response_200 import StartOrgFailbackResponse200
    from .start_org_failback_response_200_results_item import StartOrgFailbackResponse200ResultsItem
    from .start_org_failover_response_200 import StartOrgFailoverResponse200
    from .start_org_failover_response_200_results_item import StartOrgFailoverResponse200ResultsItem
    from .stream_configuration import StreamConfiguration
    from .stream_configuration_create_request import StreamConfigurationCreateRequest
    from .stream_configuration_create_request_format import StreamConfigurationCreateRequestFormat
    from .stream_configuration_delivery import StreamConfigurationDelivery
    from .stream_configuration_delivery_method import StreamConfigurationDeliveryMethod
    from .stream_configuration_format import StreamConfigurationFormat
    from .stream_status import StreamStatus
    from .stream_status_status import StreamStatusStatus
    from .stream_verification_request import StreamVerificationRequest
    from .subject import Subject
    from .subject_format import SubjectFormat
    from .subject_type import SubjectType
    from .submission_action import SubmissionAction
    from .submission_actions import SubmissionActions
    from .submission_capabilities import SubmissionCapabilities
    from .submission_capability import SubmissionCapability
    from .submission_request import SubmissionRequest
    from .submission_response import SubmissionResponse
    from .submission_response_app_contact_details import SubmissionResponseAppContactDetails
    from .submission_response_app_contact_details_contact_type import SubmissionResponseAppContactDetailsContactType
    from .submission_response_app_contact_details_contact_value_type import (
        SubmissionResponseAppContactDetailsContactValueType,
    )
    from .submission_response_config import SubmissionResponseConfig
    from .submission_response_with_api_response import SubmissionResponseWithApiResponse
    from .subscription import Subscription
    from .subscription_links import SubscriptionLinks
    from .subscription_status import SubscriptionStatus
    from .supported_methods import SupportedMethods
    from .supported_methods_settings import SupportedMethodsSettings
    from .supported_methods_type import SupportedMethodsType
    from .swa_application_settings import SwaApplicationSettings
    from .swa_application_settings_application import SwaApplicationSettingsApplication
    from .tac_authenticator_enrollment import TacAuthenticatorEnrollment
    from .telephony_request import TelephonyRequest
    from .telephony_request_data import TelephonyRequestData
    from .telephony_request_data_context import TelephonyRequestDataContext
    from .telephony_request_data_message_profile import TelephonyRequestDataMessageProfile
    from .telephony_request_data_user_profile import TelephonyRequestDataUserProfile
    from .telephony_request_execute import TelephonyRequestExecute
    from .telephony_response import TelephonyResponse
    from .telephony_response_commands_item import TelephonyResponseCommandsItem
    from .telephony_response_commands_item_value_item import TelephonyResponseCommandsItemValueItem
    from .telephony_response_commands_item_value_item_status import TelephonyResponseCommandsItemValueItemStatus
    from .temp_password import TempPassword
    from .temp_password_2 import TempPassword2
    from .tenant_settings import TenantSettings
    from .test_info import TestInfo
    from .test_info_api_service_test_configuration import TestInfoApiServiceTestConfiguration
    from .test_info_oidc_test_configuration import TestInfoOidcTestConfiguration
    from .test_info_saml_test_configuration import TestInfoSamlTestConfiguration
    from .test_info_scim_test_configuration import TestInfoScimTestConfiguration
    from .test_info_test_account import TestInfoTestAccount
    from .theme_response import ThemeResponse
    from .third_party_admin_setting import ThirdPartyAdminSetting
    from .threat_insight_configuration import ThreatInsightConfiguration
    from .threat_insight_configuration_action import ThreatInsightConfigurationAction
    from .token_authorization_server_policy_rule_action import TokenAuthorizationServerPolicyRuleAction
    from .token_authorization_server_policy_rule_action_inline_hook import (
        TokenAuthorizationServerPolicyRuleActionInlineHook,
    )
    from .token_delivery_mode import TokenDeliveryMode
    from .token_hook_response import TokenHookResponse
    from .token_hook_response_commands_item import TokenHookResponseCommandsItem
    from .token_hook_response_commands_item_value_item import TokenHookResponseCommandsItemValueItem
    from .token_hook_response_commands_item_value_item_value_type_2 import (
        TokenHookResponseCommandsItemValueItemValueType2,
    )
    from .token_hook_response_error import TokenHookResponseError
    from .token_pay_load import TokenPayLoad
    from .token_pay_load_data import TokenPayLoadData
    from .token_pay_load_data_access import TokenPayLoadDataAccess
    from .token_pay_load_data_context import TokenPayLoadDataContext
    from .token_pay_load_data_context_policy import TokenPayLoadDataContextPolicy
    from .token_pay_load_data_context_policy_rule import TokenPayLoadDataContextPolicyRule
    from .token_pay_load_data_context_protocol import TokenPayLoadDataContextProtocol
    from .token_pay_load_data_context_protocol_client import TokenPayLoadDataContextProtocolClient
    from .token_pay_load_data_context_protocol_issuer import TokenPayLoadDataContextProtocolIssuer
    from .token_pay_load_data_context_protocol_original_grant import TokenPayLoadDataContextProtocolOriginalGrant
    from .token_protocol_request import TokenProtocolRequest
    from .token_protocol_request_response_mode import TokenProtocolRequestResponseMode
    from .token_protocol_request_response_type import TokenProtocolRequestResponseType
    from .token_request import TokenRequest
    from .token_request_data import TokenRequestData
    from .token_request_data_access import TokenRequestDataAccess
    from .token_request_data_context import TokenRequestDataContext
    from .token_request_data_context_policy import TokenRequestDataContextPolicy
    from .token_request_data_context_policy_rule import TokenRequestDataContextPolicyRule
    from .token_request_data_context_protocol import TokenRequestDataContextProtocol
    from .token_request_data_context_protocol_client import TokenRequestDataContextProtocolClient
    from .token_request_data_context_protocol_issuer import TokenRequestDataContextProtocolIssuer
    from .token_request_data_context_protocol_original_grant import TokenRequestDataContextProtocolOriginalGrant
    from .token_resources_href_object import TokenResourcesHrefObject
    from .token_response import TokenResponse
    from .token_response_token_type import TokenResponseTokenType
    from .token_type import TokenType
    from .trend_micro_apex_one_service_application import TrendMicroApexOneServiceApplication
    from .trend_micro_apex_one_service_application_settings import TrendMicroApexOneServiceApplicationSettings
    from .trend_micro_apex_one_service_application_settings_application import (
        TrendMicroApexOneServiceApplicationSettingsApplication,
    )
    from .trend_micro_apex_one_service_application_sign_on_mode import TrendMicroApexOneServiceApplicationSignOnMode
    from .trusted_origin import TrustedOrigin
    from .trusted_origin_scope import TrustedOriginScope
    from .trusted_origin_scope_type import TrustedOriginScopeType
    from .trusted_origin_write import TrustedOriginWrite
    from .ui_element import UIElement
    from .ui_element_options import UIElementOptions
    from .ui_element_options_format import UIElementOptionsFormat
    from .ui_schema_object import UISchemaObject
    from .ui_schemas_response_object import UISchemasResponseObject
    from .unconfirmed_user_response_schema import UnconfirmedUserResponseSchema
    from .unconfirmed_user_response_schema_users_item import UnconfirmedUserResponseSchemaUsersItem
    from .universal_logout_capability import UniversalLogoutCapability
    from .universal_logout_capability_capability import UniversalLogoutCapabilityCapability
    from .universal_logout_capability_supported_protocols_item import UniversalLogoutCapabilitySupportedProtocolsItem
    from .update_domain import UpdateDomain
    from .update_email_domain import UpdateEmailDomain
    from .update_group_push_mapping_request import UpdateGroupPushMappingRequest
    from .update_iam_role_request import UpdateIamRoleRequest
    from .update_realm_assignment_request import UpdateRealmAssignmentRequest
    from .update_realm_request import UpdateRealmRequest
    from .update_theme_request import UpdateThemeRequest
    from .update_ui_schema import UpdateUISchema
    from .update_user_request import UpdateUserRequest
    from .update_user_request_type import UpdateUserRequestType
    from .upload_application_logo_body import UploadApplicationLogoBody
    from .upload_brand_theme_background_image_body import UploadBrandThemeBackgroundImageBody
    from .upload_brand_theme_favicon_body import UploadBrandThemeFaviconBody
    from .upload_brand_theme_logo_body import UploadBrandThemeLogoBody
    from .upload_yubikey_otp_token_seed_body import UploadYubikeyOtpTokenSeedBody
    from .upload_yubikey_otp_token_seed_filter import UploadYubikeyOtpTokenSeedFilter
    from .upload_yubikey_otp_token_seed_sort_by import UploadYubikeyOtpTokenSeedSortBy
    from .upload_yubikey_otp_token_seed_sort_order import UploadYubikeyOtpTokenSeedSortOrder
    from .user import User
    from .user_activation_token import UserActivationToken
    from .user_block import UserBlock
    from .user_block_applies_to import UserBlockAppliesTo
    from .user_block_type import UserBlockType
    from .user_classification import UserClassification
    from .user_condition import UserCondition
    from .user_credentials import UserCredentials
    from .user_credentials_writable import UserCredentialsWritable
    from .user_device import UserDevice
    from .user_factor import UserFactor
    from .user_factor_activate_push import UserFactorActivatePush
    from .user_factor_activate_push_result import UserFactorActivatePushResult
    from .user_factor_activate_request_type_0 import UserFactorActivateRequestType0
    from .user_factor_activate_request_type_1 import UserFactorActivateRequestType1
    from .user_factor_activate_request_type_2 import UserFactorActivateRequestType2
    from .user_factor_activate_request_type_3 import UserFactorActivateRequestType3
    from .user_factor_activate_request_type_4 import UserFactorActivateRequestType4
    from .user_factor_activate_request_type_5 import UserFactorActivateRequestType5
    from .user_factor_activate_request_type_6 import UserFactorActivateRequestType6
    from .user_factor_activate_response import UserFactorActivateResponse
    from .user_factor_activate_response_factor_type import UserFactorActivateResponseFactorType
    from .user_factor_activate_response_links import UserFactorActivateResponseLinks
    from .user_factor_call import UserFactorCall
    from .user_factor_call_profile import UserFactorCallProfile
    from .user_factor_call_provider import UserFactorCallProvider
    from .user_factor_email import UserFactorEmail
    from .user_factor_email_profile import UserFactorEmailProfile
    from .user_factor_email_provider import UserFactorEmailProvider
    from .user_factor_links import UserFactorLinks
    from .user_factor_provider import UserFactorProvider
    from .user_factor_push import UserFactorPush
    from .user_factor_push_profile import UserFactorPushProfile
    from .user_factor_push_provider import UserFactorPushProvider
    from .user_factor_push_transaction import UserFactorPushTransaction
    from .user_factor_push_transaction_factor_result import UserFactorPushTransactionFactorResult
    from .user_factor_push_transaction_rejected import UserFactorPushTransactionRejected
    from .user_factor_push_transaction_rejected_links import UserFactorPushTransactionRejectedLinks
    from .user_factor_push_transaction_rejected_profile import UserFactorPushTransactionRejectedProfile
    from .user_factor_push_transaction_success import UserFactorPushTransactionSuccess
    from .user_factor_push_transaction_timeout import UserFactorPushTransactionTimeout
    from .user_factor_push_transaction_timeout_links import UserFactorPushTransactionTimeoutLinks
    from .user_factor_push_transaction_timeout_profile import UserFactorPushTransactionTimeoutProfile
    from .user_factor_push_transaction_waiting_nmc import UserFactorPushTransactionWaitingNMC
    from .user_factor_push_transaction_waiting_nmc_links import UserFactorPushTransactionWaitingNMCLinks
    from .user_factor_push_transaction_waiting_nmc_profile import UserFactorPushTransactionWaitingNMCProfile
    from .user_factor_push_transaction_waiting_no_nmc import UserFactorPushTransactionWaitingNoNMC
    from .user_factor_push_transaction_waiting_no_nmc_links import UserFactorPushTransactionWaitingNoNMCLinks
    from .user_factor_push_transaction_waiting_no_nmc_profile import UserFactorPushTransactionWaitingNoNMCProfile
    from .user_factor_result_type import UserFactorResultType
    from .user_factor_security_question import UserFactorSecurityQuestion
    from .user_factor_security_question_profile import UserFactorSecurityQuestionProfile
    from .user_factor_security_question_profile_question import UserFactorSecurityQuestionProfileQuestion
    from .user_factor_security_question_provider import UserFactorSecurityQuestionProvider
    from .user_factor_sms import UserFactorSMS
    from .user_factor_sms_profile import UserFactorSMSProfile
    from .user_factor_sms_provider import UserFactorSMSProvider
    from .user_factor_status import UserFactorStatus
    from .user_factor_supported import UserFactorSupported
    from .user_factor_supported_enrollment import UserFactorSupportedEnrollment
    from .user_factor_token import UserFactorToken
    from .user_factor_token_factor_verification_object import UserFactorTokenFactorVerificationObject
    from .user_factor_token_hardware import UserFactorTokenHardware
    from .user_factor_token_hardware_provider import UserFactorTokenHardwareProvider
    from .user_factor_token_hardware_verify import UserFactorTokenHardwareVerify
    from .user_factor_token_hotp import UserFactorTokenHOTP
    from .user_factor_token_hotp_profile import UserFactorTokenHOTPProfile
    from .user_factor_token_hotp_provider import UserFactorTokenHOTPProvider
    from .user_factor_token_profile import UserFactorTokenProfile
    from .user_factor_token_provider import UserFactorTokenProvider
    from .user_factor_token_software_totp import UserFactorTokenSoftwareTOTP
    from .user_factor_token_software_totp_provider import UserFactorTokenSoftwareTOTPProvider
    from .user_factor_token_verify_rsa import UserFactorTokenVerifyRSA
    from .user_factor_token_verify_symantec import UserFactorTokenVerifySymantec
    from .user_factor_type import UserFactorType
    from .user_factor_u2f import UserFactorU2F
    from .user_factor_u2f_profile import UserFactorU2FProfile
    from .user_factor_u2f_provider import UserFactorU2FProvider
    from .user_factor_verify_request_type_0 import UserFactorVerifyRequestType0
    from .user_factor_verify_request_type_1 import UserFactorVerifyRequestType1
    from .user_factor_verify_request_type_2 import UserFactorVerifyRequestType2
    from .user_factor_verify_request_type_3 import UserFactorVerifyRequestType3
    from .user_factor_verify_request_type_4 import UserFactorVerifyRequestType4
    from .user_factor_verify_request_type_5 import UserFactorVerifyRequestType5
    from .user_factor_verify_request_type_6 import UserFactorVerifyRequestType6
    from .user_factor_verify_request_type_7 import UserFactorVerifyRequestType7
    from .user_factor_verify_request_type_8 import UserFactorVerifyRequestType8
    from .user_factor_verify_request_type_9 import UserFactorVerifyRequestType9
    from .user_factor_verify_request_type_10 import UserFactorVerifyRequestType10
    from .user_factor_verify_response import UserFactorVerifyResponse
    from .user_factor_verify_response_embedded import UserFactorVerifyResponseEmbedded
    from .user_factor_verify_response_waiting import UserFactorVerifyResponseWaiting
    from .user_factor_verify_response_waiting_embedded import UserFactorVerifyResponseWaitingEmbedded
    from .user_factor_verify_result import UserFactorVerifyResult
    from .user_factor_verify_result_waiting import UserFactorVerifyResultWaiting
    from .user_factor_web import UserFactorWeb
    from .user_factor_web_authn import UserFactorWebAuthn
    from .user_factor_web_authn_profile import UserFactorWebAuthnProfile
    from .user_factor_web_authn_provider import UserFactorWebAuthnProvider
    from .user_factor_web_profile import UserFactorWebProfile
    from .user_factor_web_provider import UserFactorWebProvider
    from .user_factor_yubikey_otp_token import UserFactorYubikeyOtpToken
    from .user_factor_yubikey_otp_token_status import UserFactorYubikeyOtpTokenStatus
    from .user_get_singleton import UserGetSingleton
    from .user_get_singleton_embedded import UserGetSingletonEmbedded
    from .user_get_singleton_links import UserGetSingletonLinks
    from .user_get_singleton_type import UserGetSingletonType
    from .user_identifier_condition_evaluator_pattern import UserIdentifierConditionEvaluatorPattern
    from .user_identifier_match_type import UserIdentifierMatchType
    from .user_identifier_policy_rule_condition import UserIdentifierPolicyRuleCondition
    from .user_identifier_type import UserIdentifierType
    from .user_identity_provider_link_request import UserIdentityProviderLinkRequest
    from .user_import_request import UserImportRequest
    from .user_import_request_data import UserImportRequestData
    from .user_import_request_data_action import UserImportRequestDataAction
    from .user_import_request_data_action_result import UserImportRequestDataActionResult
    from .user_import_request_data_app_user import UserImportRequestDataAppUser
    from .user_import_request_data_app_user_profile import UserImportRequestDataAppUserProfile
    from .user_import_request_data_context import UserImportRequestDataContext
    from .user_import_request_data_context_application import UserImportRequestDataContextApplication
    from .user_import_request_data_context_application_status import UserImportRequestDataContextApplicationStatus
    from .user_import_request_data_context_job import UserImportRequestDataContextJob
    from .user_import_request_data_user import UserImportRequestDataUser
    from .user_import_request_data_user_profile import UserImportRequestDataUserProfile
    from .user_import_request_execute import UserImportRequestExecute
    from .user_import_response import UserImportResponse
    from .user_import_response_commands_item import UserImportResponseCommandsItem
    from .user_import_response_commands_item_type import UserImportResponseCommandsItemType
    from .user_import_response_commands_item_value import UserImportResponseCommandsItemValue
    from .user_import_response_error import UserImportResponseError
    from .user_lifecycle_attribute_policy_rule_condition import UserLifecycleAttributePolicyRuleCondition
    from .user_link import UserLink
    from .user_links import UserLinks
    from .user_lockout_settings import UserLockoutSettings
    from .user_next_login import UserNextLogin
    from .user_policy_rule_condition import UserPolicyRuleCondition
    from .user_profile import UserProfile
    from .user_provisioning_application_feature import UserProvisioningApplicationFeature
    from .user_request_schema import UserRequestSchema
    from .user_resource_href_object import UserResourceHrefObject
    from .user_response_schema import UserResponseSchema
    from .user_risk_get_response import UserRiskGetResponse
    from .user_risk_get_response_links import UserRiskGetResponseLinks
    from .user_risk_level_all import UserRiskLevelAll
    from .user_risk_level_exists import UserRiskLevelExists
    from .user_risk_level_exists_links import UserRiskLevelExistsLinks
    from .user_risk_level_none import UserRiskLevelNone
    from .user_risk_level_none_links import UserRiskLevelNoneLinks
    from .user_risk_level_put import UserRiskLevelPut
    from .user_risk_put_response import UserRiskPutResponse
    from .user_risk_put_response_links import UserRiskPutResponseLinks
    from .user_risk_request import UserRiskRequest
    from .user_risk_request_risk_level import UserRiskRequestRiskLevel
    from .user_schema import UserSchema
    from .user_schema_attribute import UserSchemaAttribute
    from .user_schema_attribute_default_type_4 import UserSchemaAttributeDefaultType4
    from .user_schema_attribute_enum import UserSchemaAttributeEnum
    from .user_schema_attribute_format import UserSchemaAttributeFormat
    from .user_schema_attribute_items import UserSchemaAttributeItems
    from .user_schema_attribute_master import UserSchemaAttributeMaster
    from .user_schema_attribute_master_priority import UserSchemaAttributeMasterPriority
    from .user_schema_attribute_master_type import UserSchemaAttributeMasterType
    from .user_schema_attribute_mutability_string import UserSchemaAttributeMutabilityString
    from .user_schema_attribute_permission import UserSchemaAttributePermission
    from .user_schema_attribute_scope import UserSchemaAttributeScope
    from .user_schema_attribute_type import UserSchemaAttributeType
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
    from .user_transitioning_to_status import UserTransitioningToStatus
    from .user_type import UserType
    from .user_type_condition import UserTypeCondition
    from .user_type_links import UserTypeLinks
    from .user_type_post_request import UserTypePostRequest
    from .user_type_put_request import UserTypePutRequest
    from .user_user_type_value import UserUserTypeValue
    from .user_verification_enum import UserVerificationEnum
    from .user_verification_enum_enrollment import UserVerificationEnumEnrollment
    from .user_verification_enum_for_verify import UserVerificationEnumForVerify
    from .users_link import UsersLink
    from .users_update_request_schema import UsersUpdateRequestSchema
    from .validation_detail import ValidationDetail
    from .validation_detail_provider import ValidationDetailProvider
    from .verification_method import VerificationMethod
    from .web_authn_attachment_enum import WebAuthnAttachmentEnum
    from .web_authn_cred_request import WebAuthnCredRequest
    from .web_authn_cred_response import WebAuthnCredResponse
    from .web_authn_preregistration_factor import WebAuthnPreregistrationFactor
    from .web_authn_rp_id import WebAuthnRpId
    from .web_authn_rp_id_domain import WebAuthnRpIdDomain
    from .web_authn_rp_id_domain_validation_status import WebAuthnRpIdDomainValidationStatus
    from .web_authn_setting_resident_key_requirement import WebAuthnSettingResidentKeyRequirement
    from .well_known_app_authenticator_configuration import WellKnownAppAuthenticatorConfiguration
    from .well_known_app_authenticator_configuration_settings import WellKnownAppAuthenticatorConfigurationSettings
    from .well_known_app_authenticator_configuration_type import WellKnownAppAuthenticatorConfigurationType
    from .well_known_org_metadata import WellKnownOrgMetadata
    from .well_known_org_metadata_links import WellKnownOrgMetadataLinks
    from .well_known_ssf_metadata import WellKnownSSFMetadata
    from .well_known_ssf_metadata_default_subjects import WellKnownSSFMetadataDefaultSubjects
    from .well_known_ssf_metadata_spec_urn import WellKnownSSFMetadataSpecUrn
    from .well_known_ur_is_root import WellKnownURIsRoot
    from .well_known_ur_is_root_embedded import WellKnownURIsRootEmbedded
    from .well_known_ur_is_root_embedded_apple_app_site_association import (
        WellKnownURIsRootEmbeddedAppleAppSiteAssociation,
    )
    from .well_known_ur_is_root_embedded_assetlinks_json import WellKnownURIsRootEmbeddedAssetlinksJson
    from .well_known_ur_is_root_embedded_webauthn import WellKnownURIsRootEmbeddedWebauthn
    from .well_known_ur_is_root_links import WellKnownURIsRootLinks
    from .well_known_uri_array_response import WellKnownURIArrayResponse
    from .well_known_uri_array_response_links import WellKnownURIArrayResponseLinks
    from .well_known_uri_object_response import WellKnownURIObjectResponse
    from .well_known_uri_object_response_links import WellKnownURIObjectResponseLinks
    from .well_known_uri_request import WellKnownURIRequest
    from .widget_configuration_i18n import WidgetConfigurationI18N
    from .widget_configuration_i18n_additional_property import WidgetConfigurationI18NAdditionalProperty
    from .widget_configuration_theme_tokens import WidgetConfigurationThemeTokens
    from .widget_generation import WidgetGeneration
    from .windows_os_account_profile import WindowsOSAccountProfile
    from .windows_os_account_profile_type import WindowsOSAccountProfileType
    from .workflow_action_provider import WorkflowActionProvider
    from .workflow_available_action_provider import WorkflowAvailableActionProvider
    from .workflows_validation_detail_provider import WorkflowsValidationDetailProvider
    from .ws_federation_application import WsFederationApplication
    from .ws_federation_application_settings import WsFederationApplicationSettings
    from .ws_federation_application_settings_application import WsFederationApplicationSettingsApplication
    from .ws_federation_application_settings_application_group_value_format import (
        WsFederationApplicationSettingsApplicationGroupValueFormat,
    )
    from .ws_federation_application_settings_application_username_attribute import (
        WsFederationApplicationSettingsApplicationUsernameAttribute,
    )
    from .zoom_us_application import ZoomUsApplication
    from .zoom_us_application_settings import ZoomUsApplicationSettings
    from .zoom_us_application_settings_application import ZoomUsApplicationSettingsApplication
    from .zoom_us_application_sign_on_mode import ZoomUsApplicationSignOnMode
    from .zscalerbyz_application import ZscalerbyzApplication
    from .zscalerbyz_application_settings import ZscalerbyzApplicationSettings
    from .zscalerbyz_application_settings_application import ZscalerbyzApplicationSettingsApplication
    from .zscalerbyz_application_sign_on_mode import ZscalerbyzApplicationSignOnMode

_MODULES: dict[str, str] = {
    "AAGUIDAuthenticatorCharacteristics": ".aaguid_authenticator_characteristics",
    "AAGUIDGroupObject": ".aaguid_group_object",
    "AccessPolicy": ".access_policy",
    "AccessPolicyConstraint": ".access_policy_constraint",
    "AccessPolicyConstraintMethods": ".access_policy_constraint_methods",
    "AccessPolicyConstraintTypes": ".access_policy_constraint_types",
    "AccessPolicyConstraints": ".access_policy_constraints",
    "AccessPolicyEmbedded": ".access_policy_embedded",
    "AccessPolicyLink": ".access_policy_link",
    "AccessPolicyRule": ".access_policy_rule",
    "AccessPolicyRuleActions": ".access_policy_rule_actions",
    "AccessPolicyRuleApplicationSignOn": ".access_policy_rule_application_sign_on",
    "AccessPolicyRuleApplicationSignOnAccess": ".access_policy_rule_application_sign_on_access",
    "AccessPolicyRuleConditions": ".access_policy_rule_conditions",
    "AccessPolicyRuleCustomCondition": ".access_policy_rule_custom_condition",
    "AccessTokenKeyEncryptionAlgorithm": ".access_token_key_encryption_algorithm",
    "AccountLinkedEnrollment": ".account_linked_enrollment",
    "AccountLinkedEnrollmentEmbedded": ".account_linked_enrollment_embedded",
    "AccountLinkedEnrollmentProfile": ".account_linked_enrollment_profile",
    "AccountLinkedEnrollmentProfileAuthenticationMethod": ".account_linked_enrollment_profile_authentication_method",
    "AccountLinkedEnrollmentStatus": ".account_linked_enrollment_status",
    "AccountLinkedEnrollmentType": ".account_linked_enrollment_type",
    "AcsEndpoint": ".acs_endpoint",
    "ActionProvider": ".action_provider",
    "ActionProviderPayloadType": ".action_provider_payload_type",
    "ActionProviderType": ".action_provider_type",
    "Actions": ".actions",
    "ActiveDirectoryGroupScope": ".active_directory_group_scope",
    "ActiveDirectoryGroupType": ".active_directory_group_type",
    "AddGroupBody": ".add_group_body",
    "AdminConsoleSettings": ".admin_console_settings",
    "Agent": ".agent",
    "AgentAction": ".agent_action",
    "AgentPool": ".agent_pool",
    "AgentPoolUpdate": ".agent_pool_update",
    "AgentPoolUpdateSettingRequest": ".agent_pool_update_setting_request",
    "AgentPoolUpdateSettingResponse": ".agent_pool_update_setting_response",
    "AgentType": ".agent_type",
    "AgentUpdateInstanceStatus": ".agent_update_instance_status",
    "AgentUpdateJobStatus": ".agent_update_job_status",
    "AllowedForEnum": ".allowed_for_enum",
    "AndroidDeviceTrust": ".android_device_trust",
    "ApiService": ".api_service",
    "ApiServiceAuthenticationMethod": ".api_service_authentication_method",
    "ApiServiceCapability": ".api_service_capability",
    "ApiServiceCapabilityCapability": ".api_service_capability_capability",
    "ApiServiceCapabilitySupportedProtocolsItem": ".api_service_capability_supported_protocols_item",
    "APIServiceIntegrationInstance": ".api_service_integration_instance",
    "APIServiceIntegrationInstanceSecret": ".api_service_integration_instance_secret",
    "APIServiceIntegrationInstanceSecretStatus": ".api_service_integration_instance_secret_status",
    "APIServiceIntegrationLinks": ".api_service_integration_links",
    "APIServiceIntegrationSecretLinks": ".api_service_integration_secret_links",
    "ApiToken": ".api_token",
    "ApiTokenNetwork": ".api_token_network",
    "ApiTokenUpdate": ".api_token_update",
    "ApiTokenUpdateNetwork": ".api_token_update_network",
    "APNSConfiguration": ".apns_configuration",
    "APNSPushProvider": ".apns_push_provider",
    "AppAccountContainerDetails": ".app_account_container_details",
    "AppAccountContainerLink": ".app_account_container_link",
    "AppAndInstanceConditionEvaluatorAppOrInstance": ".app_and_instance_condition_evaluator_app_or_instance",
    "AppAndInstancePolicyRuleCondition": ".app_and_instance_policy_rule_condition",
    "AppAndInstanceType": ".app_and_instance_type",
    "AppConfig": ".app_config",
    "AppConfigActiveDirectory": ".app_config_active_directory",
    "AppConfigType": ".app_config_type",
    "AppConnectionUserProvisionJWKList": ".app_connection_user_provision_jwk_list",
    "AppConnectionUserProvisionJWKResponse": ".app_connection_user_provision_jwk_response",
    "AppCustomHrefObject": ".app_custom_href_object",
    "AppCustomHrefObjectHints": ".app_custom_href_object_hints",
    "AppGroup": ".app_group",
    "AppInstanceContainerStatus": ".app_instance_container_status",
    "AppInstancePolicyRuleCondition": ".app_instance_policy_rule_condition",
    "AppInstanceProperty": ".app_instance_property",
    "AppProperties": ".app_properties",
    "AppPropertiesAdditionalProperty": ".app_properties_additional_property",
    "AppResourceHrefObject": ".app_resource_href_object",
    "AppServiceAccount": ".app_service_account",
    "AppServiceAccountCredentials": ".app_service_account_credentials",
    "AppServiceAccountForUpdate": ".app_service_account_for_update",
    "AppUser": ".app_user",
    "AppUserAssignRequest": ".app_user_assign_request",
    "AppUserCredentials": ".app_user_credentials",
    "AppUserCredentialsRequestPayload": ".app_user_credentials_request_payload",
    "AppUserPasswordCredential": ".app_user_password_credential",
    "AppUserProfile": ".app_user_profile",
    "AppUserProfileRequestPayload": ".app_user_profile_request_payload",
    "AppUserScope": ".app_user_scope",
    "AppUserStatus": ".app_user_status",
    "AppUserSyncState": ".app_user_sync_state",
    "AppleClientSigning": ".apple_client_signing",
    "Application": ".application",
    "ApplicationAccessibility": ".application_accessibility",
    "ApplicationCapability": ".application_capability",
    "ApplicationCredentials": ".application_credentials",
    "ApplicationCredentialsOAuthClient": ".application_credentials_o_auth_client",
    "ApplicationCredentialsScheme": ".application_credentials_scheme",
    "ApplicationCredentialsSigning": ".application_credentials_signing",
    "ApplicationCredentialsSigningUse": ".application_credentials_signing_use",
    "ApplicationCredentialsUsernameTemplate": ".application_credentials_username_template",
    "ApplicationCredentialsUsernameTemplatePushStatus": ".application_credentials_username_template_push_status",
    "ApplicationCredentialsUsernameTemplateType": ".application_credentials_username_template_type",
    "ApplicationEmbedded": ".application_embedded",
    "ApplicationExpressConfiguration": ".application_express_configuration",
    "ApplicationFeature": ".application_feature",
    "ApplicationFeatureType": ".application_feature_type",
    "ApplicationFeatures": ".application_features",
    "ApplicationGroupAssignment": ".application_group_assignment",
    "ApplicationGroupAssignmentLinks": ".application_group_assignment_links",
    "ApplicationLayout": ".application_layout",
    "ApplicationLayoutElementsItem": ".application_layout_elements_item",
    "ApplicationLayoutRule": ".application_layout_rule",
    "ApplicationLayoutRuleCondition": ".application_layout_rule_condition",
    "ApplicationLayouts": ".application_layouts",
    "ApplicationLayoutsLinks": ".application_layouts_links",
    "ApplicationLicensing": ".application_licensing",
    "ApplicationLifecycleStatus": ".application_lifecycle_status",
    "ApplicationLinks": ".application_links",
    "ApplicationSettings": ".application_settings",
    "ApplicationSettingsEmOptInStatus": ".application_settings_em_opt_in_status",
    "ApplicationSettingsNotes": ".application_settings_notes",
    "ApplicationSettingsNotifications": ".application_settings_notifications",
    "ApplicationSettingsNotificationsVpn": ".application_settings_notifications_vpn",
    "ApplicationSettingsNotificationsVpnNetwork": ".application_settings_notifications_vpn_network",
    "ApplicationSettingsNotificationsVpnNetworkConnection": ".application_settings_notifications_vpn_network_connection",
    "ApplicationSignOnMode": ".application_sign_on_mode",
    "ApplicationType": ".application_type",
    "ApplicationUniversalLogout": ".application_universal_logout",
    "ApplicationUniversalLogoutIdentityStack": ".application_universal_logout_identity_stack",
    "ApplicationUniversalLogoutProtocol": ".application_universal_logout_protocol",
    "ApplicationUniversalLogoutStatus": ".application_universal_logout_status",
    "ApplicationUniversalLogoutSupportType": ".application_universal_logout_support_type",
    "ApplicationVisibility": ".application_visibility",
    "ApplicationVisibilityAppLinks": ".application_visibility_app_links",
    "ApplicationVisibilityHide": ".application_visibility_hide",
    "AssignGroupOwnerRequestBody": ".assign_group_owner_request_body",
    "AssignRoleRequest": ".assign_role_request",
    "AssignUserToRealm": ".assign_user_to_realm",
    "AssignedAppLink": ".assigned_app_link",
    "AssociatedServerMediated": ".associated_server_mediated",
    "AssuranceMethod": ".assurance_method",
    "AssuranceMethodFactorMode": ".assurance_method_factor_mode",
    "AttackProtectionAuthenticatorSettings": ".attack_protection_authenticator_settings",
    "AttestationRootCertificatesRequestItem": ".attestation_root_certificates_request_item",
    "AttestationRootCertificatesResponseItem": ".attestation_root_certificates_response_item",
    "AuthServerLinks": ".auth_server_links",
    "AuthSettings": ".auth_settings",
    "AuthType": ".auth_type",
    "AuthenticationMethod": ".authentication_method",
    "AuthenticationMethodChain": ".authentication_method_chain",
    "AuthenticationMethodChainMethod": ".authentication_method_chain_method",
    "AuthenticationMethodChainNextItem": ".authentication_method_chain_next_item",
    "AuthenticationMethodHardwareProtection": ".authentication_method_hardware_protection",
    "AuthenticationMethodObject": ".authentication_method_object",
    "AuthenticationMethodPhishingResistant": ".authentication_method_phishing_resistant",
    "AuthenticationMethodUserVerification": ".authentication_method_user_verification",
    "AuthenticationMethodUserVerificationMethodsItem": ".authentication_method_user_verification_methods_item",
    "AuthenticationProvider": ".authentication_provider",
    "AuthenticationProviderType": ".authentication_provider_type",
    "AuthenticationProviderTypeWritable": ".authentication_provider_type_writable",
    "AuthenticationProviderWritable": ".authentication_provider_writable",
    "AuthenticatorBase": ".authenticator_base",
    "AuthenticatorEnrollment": ".authenticator_enrollment",
    "AuthenticatorEnrollmentCreateRequest": ".authenticator_enrollment_create_request",
    "AuthenticatorEnrollmentCreateRequestTac": ".authenticator_enrollment_create_request_tac",
    "AuthenticatorEnrollmentLinks": ".authenticator_enrollment_links",
    "AuthenticatorEnrollmentPolicy": ".authenticator_enrollment_policy",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettings": ".authenticator_enrollment_policy_authenticator_settings",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints": ".authenticator_enrollment_policy_authenticator_settings_constraints",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll": ".authenticator_enrollment_policy_authenticator_settings_enroll",
    "AuthenticatorEnrollmentPolicyAuthenticatorStatus": ".authenticator_enrollment_policy_authenticator_status",
    "AuthenticatorEnrollmentPolicyAuthenticatorType": ".authenticator_enrollment_policy_authenticator_type",
    "AuthenticatorEnrollmentPolicyConditions": ".authenticator_enrollment_policy_conditions",
    "AuthenticatorEnrollmentPolicyConditionsPeople": ".authenticator_enrollment_policy_conditions_people",
    "AuthenticatorEnrollmentPolicyConditionsPeopleGroups": ".authenticator_enrollment_policy_conditions_people_groups",
    "AuthenticatorEnrollmentPolicyRule": ".authenticator_enrollment_policy_rule",
    "AuthenticatorEnrollmentPolicyRuleActionEnroll": ".authenticator_enrollment_policy_rule_action_enroll",
    "AuthenticatorEnrollmentPolicyRuleActionEnrollSelf": ".authenticator_enrollment_policy_rule_action_enroll_self",
    "AuthenticatorEnrollmentPolicyRuleActions": ".authenticator_enrollment_policy_rule_actions",
    "AuthenticatorEnrollmentPolicyRuleConditions": ".authenticator_enrollment_policy_rule_conditions",
    "AuthenticatorEnrollmentPolicyRuleConditionsPeople": ".authenticator_enrollment_policy_rule_conditions_people",
    "AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers": ".authenticator_enrollment_policy_rule_conditions_people_users",
    "AuthenticatorEnrollmentPolicySettings": ".authenticator_enrollment_policy_settings",
    "AuthenticatorEnrollmentPolicySettingsType": ".authenticator_enrollment_policy_settings_type",
    "AuthenticatorIdentity": ".authenticator_identity",
    "AuthenticatorKeyCustomApp": ".authenticator_key_custom_app",
    "AuthenticatorKeyCustomAppProvider": ".authenticator_key_custom_app_provider",
    "AuthenticatorKeyCustomAppProviderConfiguration": ".authenticator_key_custom_app_provider_configuration",
    "AuthenticatorKeyCustomAppProviderConfigurationApns": ".authenticator_key_custom_app_provider_configuration_apns",
    "AuthenticatorKeyCustomAppProviderConfigurationFcm": ".authenticator_key_custom_app_provider_configuration_fcm",
    "AuthenticatorKeyCustomAppProviderType": ".authenticator_key_custom_app_provider_type",
    "AuthenticatorKeyCustomAppSettings": ".authenticator_key_custom_app_settings",
    "AuthenticatorKeyCustomOtp": ".authenticator_key_custom_otp",
    "AuthenticatorKeyDuo": ".authenticator_key_duo",
    "AuthenticatorKeyDuoProvider": ".authenticator_key_duo_provider",
    "AuthenticatorKeyDuoProviderConfiguration": ".authenticator_key_duo_provider_configuration",
    "AuthenticatorKeyDuoProviderConfigurationUserNameTemplate": ".authenticator_key_duo_provider_configuration_user_name_template",
    "AuthenticatorKeyDuoProviderType": ".authenticator_key_duo_provider_type",
    "AuthenticatorKeyEmail": ".authenticator_key_email",
    "AuthenticatorKeyEmailSettings": ".authenticator_key_email_settings",
    "AuthenticatorKeyEnum": ".authenticator_key_enum",
    "AuthenticatorKeyExternalIdp": ".authenticator_key_external_idp",
    "AuthenticatorKeyGoogleOtp": ".authenticator_key_google_otp",
    "AuthenticatorKeyOktaVerify": ".authenticator_key_okta_verify",
    "AuthenticatorKeyOktaVerifySettings": ".authenticator_key_okta_verify_settings",
    "AuthenticatorKeyOnprem": ".authenticator_key_onprem",
    "AuthenticatorKeyPassword": ".authenticator_key_password",
    "AuthenticatorKeyPhone": ".authenticator_key_phone",
    "AuthenticatorKeyPhoneSettings": ".authenticator_key_phone_settings",
    "AuthenticatorKeySecurityKey": ".authenticator_key_security_key",
    "AuthenticatorKeySecurityQuestion": ".authenticator_key_security_question",
    "AuthenticatorKeySecurityQuestionSettings": ".authenticator_key_security_question_settings",
    "AuthenticatorKeySmartCard": ".authenticator_key_smart_card",
    "AuthenticatorKeySymantecVip": ".authenticator_key_symantec_vip",
    "AuthenticatorKeyTac": ".authenticator_key_tac",
    "AuthenticatorKeyTacProvider": ".authenticator_key_tac_provider",
    "AuthenticatorKeyTacProviderConfiguration": ".authenticator_key_tac_provider_configuration",
    "AuthenticatorKeyTacProviderConfigurationComplexity": ".authenticator_key_tac_provider_configuration_complexity",
    "AuthenticatorKeyTacProviderType": ".authenticator_key_tac_provider_type",
    "AuthenticatorKeyWebauthn": ".authenticator_key_webauthn",
    "AuthenticatorKeyYubikey": ".authenticator_key_yubikey",
    "AuthenticatorLinks": ".authenticator_links",
    "AuthenticatorMethodAlgorithm": ".authenticator_method_algorithm",
    "AuthenticatorMethodBase": ".authenticator_method_base",
    "AuthenticatorMethodConstraint": ".authenticator_method_constraint",
    "AuthenticatorMethodConstraintMethod": ".authenticator_method_constraint_method",
    "AuthenticatorMethodOtp": ".authenticator_method_otp",
    "AuthenticatorMethodProperty": ".authenticator_method_property",
    "AuthenticatorMethodPush": ".authenticator_method_push",
    "AuthenticatorMethodPushSettings": ".authenticator_method_push_settings",
    "AuthenticatorMethodSignedNonce": ".authenticator_method_signed_nonce",
    "AuthenticatorMethodSignedNonceSettings": ".authenticator_method_signed_nonce_settings",
    "AuthenticatorMethodSimple": ".authenticator_method_simple",
    "AuthenticatorMethodTac": ".authenticator_method_tac",
    "AuthenticatorMethodTotp": ".authenticator_method_totp",
    "AuthenticatorMethodTotpSettings": ".authenticator_method_totp_settings",
    "AuthenticatorMethodTransactionType": ".authenticator_method_transaction_type",
    "AuthenticatorMethodType": ".authenticator_method_type",
    "AuthenticatorMethodTypeWebAuthn": ".authenticator_method_type_web_authn",
    "AuthenticatorMethodWebAuthn": ".authenticator_method_web_authn",
    "AuthenticatorMethodWebAuthnSettings": ".authenticator_method_web_authn_settings",
    "AuthenticatorMethodWithVerifiableProperties": ".authenticator_method_with_verifiable_properties",
    "AuthenticatorProfile": ".authenticator_profile",
    "AuthenticatorProfileTacRequest": ".authenticator_profile_tac_request",
    "AuthenticatorProfileTacResponsePost": ".authenticator_profile_tac_response_post",
    "AuthenticatorSimple": ".authenticator_simple",
    "AuthenticatorType": ".authenticator_type",
    "AuthorizationServer": ".authorization_server",
    "AuthorizationServerCredentials": ".authorization_server_credentials",
    "AuthorizationServerCredentialsRotationMode": ".authorization_server_credentials_rotation_mode",
    "AuthorizationServerCredentialsSigningConfig": ".authorization_server_credentials_signing_config",
    "AuthorizationServerCredentialsUse": ".authorization_server_credentials_use",
    "AuthorizationServerJsonWebKey": ".authorization_server_json_web_key",
    "AuthorizationServerPolicy": ".authorization_server_policy",
    "AuthorizationServerPolicyConditions": ".authorization_server_policy_conditions",
    "AuthorizationServerPolicyLinks": ".authorization_server_policy_links",
    "AuthorizationServerPolicyPeopleCondition": ".authorization_server_policy_people_condition",
    "AuthorizationServerPolicyRule": ".authorization_server_policy_rule",
    "AuthorizationServerPolicyRuleActions": ".authorization_server_policy_rule_actions",
    "AuthorizationServerPolicyRuleConditions": ".authorization_server_policy_rule_conditions",
    "AuthorizationServerPolicyRuleGroupCondition": ".authorization_server_policy_rule_group_condition",
    "AuthorizationServerPolicyRuleRequest": ".authorization_server_policy_rule_request",
    "AuthorizationServerPolicyRuleStatus": ".authorization_server_policy_rule_status",
    "AuthorizationServerPolicyRuleType": ".authorization_server_policy_rule_type",
    "AuthorizationServerPolicyRuleUserCondition": ".authorization_server_policy_rule_user_condition",
    "AuthorizationServerPolicyStatus": ".authorization_server_policy_status",
    "AuthorizationServerPolicyType": ".authorization_server_policy_type",
    "AuthorizationServerResourceHrefObject": ".authorization_server_resource_href_object",
    "AutoAssignAdminAppSetting": ".auto_assign_admin_app_setting",
    "AutoLoginApplication": ".auto_login_application",
    "AutoLoginApplicationSettings": ".auto_login_application_settings",
    "AutoLoginApplicationSettingsSignOn": ".auto_login_application_settings_sign_on",
    "AutoUpdateSchedule": ".auto_update_schedule",
    "AvailableAction": ".available_action",
    "AvailableActionProvider": ".available_action_provider",
    "AvailableActions": ".available_actions",
    "AwsRegion": ".aws_region",
    "BaseContext": ".base_context",
    "BaseContextSession": ".base_context_session",
    "BaseContextUser": ".base_context_user",
    "BaseContextUserLinks": ".base_context_user_links",
    "BaseContextUserProfile": ".base_context_user_profile",
    "BaseEmailDomain": ".base_email_domain",
    "BaseEmailServer": ".base_email_server",
    "BaseEmailServerCreate": ".base_email_server_create",
    "BaseToken": ".base_token",
    "BaseTokenToken": ".base_token_token",
    "BaseTokenTokenLifetime": ".base_token_token_lifetime",
    "BasicApplicationSettings": ".basic_application_settings",
    "BasicApplicationSettingsApplication": ".basic_application_settings_application",
    "BasicAuthApplication": ".basic_auth_application",
    "BASICSMTPAUTH": ".basicsmtpauth",
    "BASICSMTPAUTHCREATE": ".basicsmtpauthcreate",
    "BeforeScheduledActionPolicyRuleCondition": ".before_scheduled_action_policy_rule_condition",
    "BehaviorRule": ".behavior_rule",
    "BehaviorRuleAnomalousDevice": ".behavior_rule_anomalous_device",
    "BehaviorRuleAnomalousIP": ".behavior_rule_anomalous_ip",
    "BehaviorRuleAnomalousLocation": ".behavior_rule_anomalous_location",
    "BehaviorRuleASN": ".behavior_rule_asn",
    "BehaviorRuleSettings": ".behavior_rule_settings",
    "BehaviorRuleSettingsAnomalousASN": ".behavior_rule_settings_anomalous_asn",
    "BehaviorRuleSettingsAnomalousDevice": ".behavior_rule_settings_anomalous_device",
    "BehaviorRuleSettingsAnomalousIP": ".behavior_rule_settings_anomalous_ip",
    "BehaviorRuleSettingsAnomalousLocation": ".behavior_rule_settings_anomalous_location",
    "BehaviorRuleSettingsHistoryBased": ".behavior_rule_settings_history_based",
    "BehaviorRuleSettingsVelocity": ".behavior_rule_settings_velocity",
    "BehaviorRuleType": ".behavior_rule_type",
    "BehaviorRuleVelocity": ".behavior_rule_velocity",
    "BindingMethod": ".binding_method",
    "BookmarkApplication": ".bookmark_application",
    "BookmarkApplicationSettings": ".bookmark_application_settings",
    "BookmarkApplicationSettingsApplication": ".bookmark_application_settings_application",
    "BotProtectionConfiguration": ".bot_protection_configuration",
    "BotProtectionEnforcementType": ".bot_protection_enforcement_type",
    "BotProtectionLevel": ".bot_protection_level",
    "BotProtectionMode": ".bot_protection_mode",
    "BotProtectionSupportedFlow": ".bot_protection_supported_flow",
    "BouncesRemoveListError": ".bounces_remove_list_error",
    "BouncesRemoveListObj": ".bounces_remove_list_obj",
    "BouncesRemoveListResult": ".bounces_remove_list_result",
    "Brand": ".brand",
    "BrandDomains": ".brand_domains",
    "BrandRequest": ".brand_request",
    "BrandWithEmbedded": ".brand_with_embedded",
    "BrandWithEmbeddedEmbedded": ".brand_with_embedded_embedded",
    "BrandWithEmbeddedLinks": ".brand_with_embedded_links",
    "BrowserPluginApplication": ".browser_plugin_application",
    "BrowserPluginApplicationName": ".browser_plugin_application_name",
    "BulkDeleteRequestBody": ".bulk_delete_request_body",
    "BulkDeleteRequestBodyEntityType": ".bulk_delete_request_body_entity_type",
    "BulkGroupDeleteRequestBody": ".bulk_group_delete_request_body",
    "BulkGroupMembershipsDeleteRequestBody": ".bulk_group_memberships_delete_request_body",
    "BulkGroupMembershipsUpsertRequestBody": ".bulk_group_memberships_upsert_request_body",
    "BulkGroupUpsertRequestBody": ".bulk_group_upsert_request_body",
    "BulkGroupUpsertRequestBodyProfilesItem": ".bulk_group_upsert_request_body_profiles_item",
    "BulkUpsertRequestBody": ".bulk_upsert_request_body",
    "BulkUpsertRequestBodyEntityType": ".bulk_upsert_request_body_entity_type",
    "BulkUpsertRequestBodyProfilesItem": ".bulk_upsert_request_body_profiles_item",
    "BundleEntitlement": ".bundle_entitlement",
    "BundleEntitlementLinks": ".bundle_entitlement_links",
    "BundleEntitlementsResponse": ".bundle_entitlements_response",
    "BundleEntitlementsResponseLinks": ".bundle_entitlements_response_links",
    "BundleLink": ".bundle_link",
    "ByDateTimeAuthenticatorGracePeriodExpiry": ".by_date_time_authenticator_grace_period_expiry",
    "BySkipCountAuthenticatorGracePeriod": ".by_skip_count_authenticator_grace_period",
    "CaepCredentialChangeEvent": ".caep_credential_change_event",
    "CaepCredentialChangeEventChangeType": ".caep_credential_change_event_change_type",
    "CaepCredentialChangeEventCredentialType": ".caep_credential_change_event_credential_type",
    "CaepCredentialChangeEventInitiatingEntity": ".caep_credential_change_event_initiating_entity",
    "CaepCredentialChangeEventReasonAdmin": ".caep_credential_change_event_reason_admin",
    "CaepCredentialChangeEventReasonUser": ".caep_credential_change_event_reason_user",
    "CaepDeviceComplianceChangeEvent": ".caep_device_compliance_change_event",
    "CaepDeviceComplianceChangeEventCurrentStatus": ".caep_device_compliance_change_event_current_status",
    "CaepDeviceComplianceChangeEventInitiatingEntity": ".caep_device_compliance_change_event_initiating_entity",
    "CaepDeviceComplianceChangeEventPreviousStatus": ".caep_device_compliance_change_event_previous_status",
    "CaepDeviceComplianceChangeEventReasonAdmin": ".caep_device_compliance_change_event_reason_admin",
    "CaepDeviceComplianceChangeEventReasonUser": ".caep_device_compliance_change_event_reason_user",
    "CaepEvent": ".caep_event",
    "CaepEventReasonAdmin": ".caep_event_reason_admin",
    "CaepEventReasonUser": ".caep_event_reason_user",
    "CaepSecurityEvent": ".caep_security_event",
    "CaepSecurityEventInitiatingEntity": ".caep_security_event_initiating_entity",
    "CaepSecurityEventReasonAdmin": ".caep_security_event_reason_admin",
    "CaepSecurityEventReasonUser": ".caep_security_event_reason_user",
    "CaepSessionRevokedEvent": ".caep_session_revoked_event",
    "CaepSessionRevokedEventInitiatingEntity": ".caep_session_revoked_event_initiating_entity",
    "CaepSessionRevokedEventReasonAdmin": ".caep_session_revoked_event_reason_admin",
    "CaepSessionRevokedEventReasonUser": ".caep_session_revoked_event_reason_user",
    "CallerContext": ".caller_context",
    "CapabilitiesCreateObject": ".capabilities_create_object",
    "CapabilitiesImportRulesObject": ".capabilities_import_rules_object",
    "CapabilitiesImportRulesUserCreateAndMatchObject": ".capabilities_import_rules_user_create_and_match_object",
    "CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria": ".capabilities_import_rules_user_create_and_match_object_exact_match_criteria",
    "CapabilitiesImportSettingsObject": ".capabilities_import_settings_object",
    "CapabilitiesInboundProvisioningObject": ".capabilities_inbound_provisioning_object",
    "CapabilitiesObject": ".capabilities_object",
    "CapabilitiesUpdateObject": ".capabilities_update_object",
    "Capability": ".capability",
    "CAPTCHAInstance": ".captcha_instance",
    "CAPTCHAType": ".captcha_type",
    "CatalogApplication": ".catalog_application",
    "CatalogApplicationLinks": ".catalog_application_links",
    "CatalogApplicationStatus": ".catalog_application_status",
    "ChallengeType": ".challenge_type",
    "ChangeEnum": ".change_enum",
    "ChangePasswordRequest": ".change_password_request",
    "Channel": ".channel",
    "ChannelBinding": ".channel_binding",
    "ChannelBindingStyle": ".channel_binding_style",
    "ChildOrg": ".child_org",
    "ChildOrgEdition": ".child_org_edition",
    "ChildOrgStatus": ".child_org_status",
    "ChildOrgTokenType": ".child_org_token_type",
    "ChromeBrowserVersion": ".chrome_browser_version",
    "ClassificationType": ".classification_type",
    "Client": ".client",
    "ClientPolicyCondition": ".client_policy_condition",
    "ClientPrivilegesSetting": ".client_privileges_setting",
    "ClientUpdatePolicy": ".client_update_policy",
    "ClientUpdatePolicyRule": ".client_update_policy_rule",
    "ClientUpdatePolicyRuleActions": ".client_update_policy_rule_actions",
    "ClientUpdatePolicyRuleActionsObject": ".client_update_policy_rule_actions_object",
    "ClientUpdatePolicyRuleActionsObjectAction": ".client_update_policy_rule_actions_object_action",
    "ClientUpdatePolicyRuleActionsObjectValue": ".client_update_policy_rule_actions_object_value",
    "ClientUpdatePolicyRuleActionsUpdateControls": ".client_update_policy_rule_actions_update_controls",
    "CodeChallengeMethod": ".code_challenge_method",
    "Compliance": ".compliance",
    "Conditions": ".conditions",
    "ConnectionsSigningRotationMode": ".connections_signing_rotation_mode",
    "ContentSecurityPolicySetting": ".content_security_policy_setting",
    "ContentSecurityPolicySettingMode": ".content_security_policy_setting_mode",
    "ContextPolicyRuleCondition": ".context_policy_rule_condition",
    "CreateBrandRequest": ".create_brand_request",
    "CreateEmailDomainExpandItem": ".create_email_domain_expand_item",
    "CreateGroupPushMappingRequest": ".create_group_push_mapping_request",
    "CreateGroupRuleRequest": ".create_group_rule_request",
    "CreateGroupRuleRequestType": ".create_group_rule_request_type",
    "CreateIamRoleRequest": ".create_iam_role_request",
    "CreateOrUpdatePolicy": ".create_or_update_policy",
    "CreateRealmAssignmentRequest": ".create_realm_assignment_request",
    "CreateRealmRequest": ".create_realm_request",
    "CreateResourceSetRequest": ".create_resource_set_request",
    "CreateSessionRequest": ".create_session_request",
    "CreateUISchema": ".create_ui_schema",
    "CreateUpdateIamRolePermissionRequest": ".create_update_iam_role_permission_request",
    "CreateUserRequest": ".create_user_request",
    "CreateUserRequestType": ".create_user_request_type",
    "CredentialSyncInfo": ".credential_sync_info",
    "CredentialSyncState": ".credential_sync_state",
    "Csr": ".csr",
    "CSRLinks": ".csr_links",
    "CsrMetadata": ".csr_metadata",
    "CsrMetadataSubject": ".csr_metadata_subject",
    "CsrMetadataSubjectAltNames": ".csr_metadata_subject_alt_names",
    "CsrPublishHrefHints": ".csr_publish_href_hints",
    "CsrPublishHrefHintsAllowItem": ".csr_publish_href_hints_allow_item",
    "CsrSelfHrefHints": ".csr_self_href_hints",
    "CsrSelfHrefHintsAllowItem": ".csr_self_href_hints_allow_item",
    "CustomAAGUIDCreateRequestObject": ".custom_aaguid_create_request_object",
    "CustomAAGUIDResponseObject": ".custom_aaguid_response_object",
    "CustomAAGUIDUpdateRequestObject": ".custom_aaguid_update_request_object",
    "CustomAppUserVerificationEnum": ".custom_app_user_verification_enum",
    "CustomAuthSettings": ".custom_auth_settings",
    "CustomRole": ".custom_role",
    "CustomRoleAssignmentSchema": ".custom_role_assignment_schema",
    "CustomRoleAssignmentSchemaType": ".custom_role_assignment_schema_type",
    "CustomTelephonyProviderCredentialCreateRequest": ".custom_telephony_provider_credential_create_request",
    "CustomTelephonyProviderCredentialCreateRequestProviderCapability": ".custom_telephony_provider_credential_create_request_provider_capability",
    "CustomTelephonyProviderCredentialCreateRequestProviderName": ".custom_telephony_provider_credential_create_request_provider_name",
    "CustomTelephonyProviderCredentialResponse": ".custom_telephony_provider_credential_response",
    "CustomTelephonyProviderCredentialResponseProviderCapability": ".custom_telephony_provider_credential_response_provider_capability",
    "CustomTelephonyProviderCredentialResponseProviderName": ".custom_telephony_provider_credential_response_provider_name",
    "CustomTelephonyProviderCredentialSendTestRequest": ".custom_telephony_provider_credential_send_test_request",
    "CustomTelephonyProviderCredentialSendTestRequestFactor": ".custom_telephony_provider_credential_send_test_request_factor",
    "CustomTelephonyProviderCredentialUpdateRequest": ".custom_telephony_provider_credential_update_request",
    "CustomTelephonyProviderSettings": ".custom_telephony_provider_settings",
    "CustomTelephonyProviderSettingsTelesignServiceCall": ".custom_telephony_provider_settings_telesign_service_call",
    "CustomTelephonyProviderSettingsTelesignServiceCallTelesignService": ".custom_telephony_provider_settings_telesign_service_call_telesign_service",
    "CustomTelephonyProviderSettingsTelesignServiceSms": ".custom_telephony_provider_settings_telesign_service_sms",
    "CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService": ".custom_telephony_provider_settings_telesign_service_sms_telesign_service",
    "CustomTelephonyProviderSettingsTwilioCallerId": ".custom_telephony_provider_settings_twilio_caller_id",
    "CustomTelephonyProviderSettingsTwilioMessagingService": ".custom_telephony_provider_settings_twilio_messaging_service",
    "CustomTelephonyProviderSettingsTwilioPhoneNumber": ".custom_telephony_provider_settings_twilio_phone_number",
    "CustomTelephonyProviderSettingsTwilioVerify": ".custom_telephony_provider_settings_twilio_verify",
    "CustomizablePage": ".customizable_page",
    "DbscCredential": ".dbsc_credential",
    "DbscCredentialName": ".dbsc_credential_name",
    "DbscCredentialType": ".dbsc_credential_type",
    "DbscRefreshResponse": ".dbsc_refresh_response",
    "DbscScope": ".dbsc_scope",
    "DbscStartResponse": ".dbsc_start_response",
    "DeactivateUserPrefer": ".deactivate_user_prefer",
    "DefaultApp": ".default_app",
    "DeleteEmailDomainExpandItem": ".delete_email_domain_expand_item",
    "DeleteUserPrefer": ".delete_user_prefer",
    "DesktopMFAEnforceNumberMatchingChallengeOrgSetting": ".desktop_mfa_enforce_number_matching_challenge_org_setting",
    "DesktopMFARecoveryPinOrgSetting": ".desktop_mfa_recovery_pin_org_setting",
    "DetailedHookKeyInstance": ".detailed_hook_key_instance",
    "DetectedRiskEvents": ".detected_risk_events",
    "Device": ".device",
    "DeviceAccessPolicyRuleCondition": ".device_access_policy_rule_condition",
    "DeviceAssurance": ".device_assurance",
    "DeviceAssuranceAndroidPlatform": ".device_assurance_android_platform",
    "DeviceAssuranceAndroidPlatformDiskEncryptionType": ".device_assurance_android_platform_disk_encryption_type",
    "DeviceAssuranceAndroidPlatformScreenLockType": ".device_assurance_android_platform_screen_lock_type",
    "DeviceAssuranceAndroidPlatformThirdPartySignalProviders": ".device_assurance_android_platform_third_party_signal_providers",
    "DeviceAssuranceChromeOSPlatform": ".device_assurance_chrome_os_platform",
    "DeviceAssuranceChromeOSPlatformThirdPartySignalProviders": ".device_assurance_chrome_os_platform_third_party_signal_providers",
    "DeviceAssuranceDisplayRemediationMode": ".device_assurance_display_remediation_mode",
    "DeviceAssuranceIOSPlatform": ".device_assurance_ios_platform",
    "DeviceAssuranceIOSPlatformScreenLockType": ".device_assurance_ios_platform_screen_lock_type",
    "DeviceAssuranceIOSPlatformThirdPartySignalProviders": ".device_assurance_ios_platform_third_party_signal_providers",
    "DeviceAssuranceMacOSPlatform": ".device_assurance_mac_os_platform",
    "DeviceAssuranceMacOSPlatformDiskEncryptionType": ".device_assurance_mac_os_platform_disk_encryption_type",
    "DeviceAssuranceMacOSPlatformScreenLockType": ".device_assurance_mac_os_platform_screen_lock_type",
    "DeviceAssuranceMacOSPlatformThirdPartySignalProviders": ".device_assurance_mac_os_platform_third_party_signal_providers",
    "DeviceAssuranceWindowsPlatform": ".device_assurance_windows_platform",
    "DeviceAssuranceWindowsPlatformDiskEncryptionType": ".device_assurance_windows_platform_disk_encryption_type",
    "DeviceAssuranceWindowsPlatformScreenLockType": ".device_assurance_windows_platform_screen_lock_type",
    "DeviceAssuranceWindowsPlatformThirdPartySignalProviders": ".device_assurance_windows_platform_third_party_signal_providers",
    "DeviceContextProvider": ".device_context_provider",
    "DeviceContextProviderKey": ".device_context_provider_key",
    "DeviceContextProviderUserIdentification": ".device_context_provider_user_identification",
    "DeviceDisplayName": ".device_display_name",
    "DeviceIntegrations": ".device_integrations",
    "DeviceIntegrationsMetadataType0": ".device_integrations_metadata_type_0",
    "DeviceIntegrationsMetadataType0Type": ".device_integrations_metadata_type_0_type",
    "DeviceIntegrationsMetadataType1": ".device_integrations_metadata_type_1",
    "DeviceIntegrationsMetadataType1Type": ".device_integrations_metadata_type_1_type",
    "DeviceIntegrationsMetadataType2": ".device_integrations_metadata_type_2",
    "DeviceIntegrationsMetadataType2Type": ".device_integrations_metadata_type_2_type",
    "DeviceIntegrationsName": ".device_integrations_name",
    "DeviceIntegrationsPlatform": ".device_integrations_platform",
    "DeviceIntegrationsStatus": ".device_integrations_status",
    "DeviceIntegrity": ".device_integrity",
    "DeviceList": ".device_list",
    "DeviceListEmbedded": ".device_list_embedded",
    "DevicePlatform": ".device_platform",
    "DevicePolicyMDMFramework": ".device_policy_mdm_framework",
    "DevicePolicyPlatformType": ".device_policy_platform_type",
    "DevicePolicyRuleCondition": ".device_policy_rule_condition",
    "DevicePolicyRuleConditionAssurance": ".device_policy_rule_condition_assurance",
    "DevicePolicyRuleConditionPlatform": ".device_policy_rule_condition_platform",
    "DevicePolicyTrustLevel": ".device_policy_trust_level",
    "DevicePostureCheck": ".device_posture_check",
    "DevicePostureChecks": ".device_posture_checks",
    "DevicePostureChecksIncludeItem": ".device_posture_checks_include_item",
    "DevicePostureChecksMappingType": ".device_posture_checks_mapping_type",
    "DevicePostureChecksPlatform": ".device_posture_checks_platform",
    "DevicePostureChecksRemediationSettings": ".device_posture_checks_remediation_settings",
    "DevicePostureChecksRemediationSettingsLink": ".device_posture_checks_remediation_settings_link",
    "DevicePostureChecksRemediationSettingsMessage": ".device_posture_checks_remediation_settings_message",
    "DevicePostureChecksType": ".device_posture_checks_type",
    "DevicePostureIdP": ".device_posture_id_p",
    "DeviceProfile": ".device_profile",
    "DeviceProvider": ".device_provider",
    "DeviceSignalCollectionPlatformConditionEvaluatorPlatform": ".device_signal_collection_platform_condition_evaluator_platform",
    "DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem": ".device_signal_collection_platform_condition_evaluator_platform_operating_system",
    "DeviceSignalCollectionPlatformPolicyRuleCondition": ".device_signal_collection_platform_policy_rule_condition",
    "DeviceSignalCollectionPolicy": ".device_signal_collection_policy",
    "DeviceSignalCollectionPolicyEmbedded": ".device_signal_collection_policy_embedded",
    "DeviceSignalCollectionPolicyPlatformOperatingSystemType": ".device_signal_collection_policy_platform_operating_system_type",
    "DeviceSignalCollectionPolicyPlatformType": ".device_signal_collection_policy_platform_type",
    "DeviceSignalCollectionPolicyRule": ".device_signal_collection_policy_rule",
    "DeviceSignalCollectionPolicyRuleActions": ".device_signal_collection_policy_rule_actions",
    "DeviceSignalCollectionPolicyRuleConditions": ".device_signal_collection_policy_rule_conditions",
    "DeviceSignalCollectionPolicyRuleDeviceSignalCollection": ".device_signal_collection_policy_rule_device_signal_collection",
    "DeviceStatus": ".device_status",
    "DeviceUser": ".device_user",
    "DeviceUserManagementStatus": ".device_user_management_status",
    "DeviceUserScreenLockType": ".device_user_screen_lock_type",
    "DeviceWithProviders": ".device_with_providers",
    "DigestAlgorithm": ".digest_algorithm",
    "DiskEncryptionTypeAndroid": ".disk_encryption_type_android",
    "DiskEncryptionTypeDef": ".disk_encryption_type_def",
    "DiskEncryptionTypeDesktop": ".disk_encryption_type_desktop",
    "DNSRecordAuthenticators": ".dns_record_authenticators",
    "DNSRecordDomains": ".dns_record_domains",
    "DNSRecordTypeAuthenticators": ".dns_record_type_authenticators",
    "DNSRecordTypeDomains": ".dns_record_type_domains",
    "DomainCertificate": ".domain_certificate",
    "DomainCertificateMetadata": ".domain_certificate_metadata",
    "DomainCertificateSourceType": ".domain_certificate_source_type",
    "DomainCertificateType": ".domain_certificate_type",
    "DomainLinks": ".domain_links",
    "DomainListResponse": ".domain_list_response",
    "DomainRequest": ".domain_request",
    "DomainResponse": ".domain_response",
    "DomainValidationStatus": ".domain_validation_status",
    "DRStatusItem": ".dr_status_item",
    "DTCChromeOS": ".dtc_chrome_os",
    "DTCMacOS": ".dtc_mac_os",
    "DTCWindows": ".dtc_windows",
    "Duration": ".duration",
    "DynamicNetworkZone": ".dynamic_network_zone",
    "DynamicNetworkZoneProxyType": ".dynamic_network_zone_proxy_type",
    "ECKeyJWK": ".ec_key_jwk",
    "ECKeyJWKCrv": ".ec_key_jwk_crv",
    "ECKeyJWKKty": ".ec_key_jwk_kty",
    "ECKeyJWKUse": ".ec_key_jwk_use",
    "EmailContent": ".email_content",
    "EmailCustomization": ".email_customization",
    "EmailCustomizationLinks": ".email_customization_links",
    "EmailDefaultContent": ".email_default_content",
    "EmailDefaultContentLinks": ".email_default_content_links",
    "EmailDomain": ".email_domain",
    "EmailDomainDNSRecord": ".email_domain_dns_record",
    "EmailDomainDNSRecordType": ".email_domain_dns_record_type",
    "EmailDomainResponse": ".email_domain_response",
    "EmailDomainResponseWithEmbedded": ".email_domain_response_with_embedded",
    "EmailDomainResponseWithEmbeddedEmbedded": ".email_domain_response_with_embedded_embedded",
    "EmailDomainStatus": ".email_domain_status",
    "EmailPreview": ".email_preview",
    "EmailPreviewLinks": ".email_preview_links",
    "EmailServerListResponse": ".email_server_list_response",
    "EmailSettings": ".email_settings",
    "EmailSettingsRecipients": ".email_settings_recipients",
    "EmailSettingsResponse": ".email_settings_response",
    "EmailSettingsResponseLinks": ".email_settings_response_links",
    "EmailSettingsResponseRecipients": ".email_settings_response_recipients",
    "EmailTemplateResponse": ".email_template_response",
    "EmailTemplateResponseEmbedded": ".email_template_response_embedded",
    "EmailTemplateResponseLinks": ".email_template_response_links",
    "EmailTemplateTouchPointVariant": ".email_template_touch_point_variant",
    "EmailTestAddresses": ".email_test_addresses",
    "Embedded": ".embedded",
    "EmptyRequestSchema": ".empty_request_schema",
    "EnabledPagesType": ".enabled_pages_type",
    "EnabledStatus": ".enabled_status",
    "EndUserDashboardTouchPointVariant": ".end_user_dashboard_touch_point_variant",
    "EndpointAuthMethod": ".endpoint_auth_method",
    "EnhancedDynamicNetworkZone": ".enhanced_dynamic_network_zone",
    "EnhancedDynamicNetworkZoneAsns": ".enhanced_dynamic_network_zone_asns",
    "EnhancedDynamicNetworkZoneIpServiceCategories": ".enhanced_dynamic_network_zone_ip_service_categories",
    "EnhancedDynamicNetworkZoneLocations": ".enhanced_dynamic_network_zone_locations",
    "EnrollmentActivationRequest": ".enrollment_activation_request",
    "EnrollmentActivationRequestFulfillmentProvider": ".enrollment_activation_request_fulfillment_provider",
    "EnrollmentActivationResponse": ".enrollment_activation_response",
    "EnrollmentActivationResponseFulfillmentProvider": ".enrollment_activation_response_fulfillment_provider",
    "EnrollmentInitializationRequest": ".enrollment_initialization_request",
    "EnrollmentInitializationRequestFulfillmentProvider": ".enrollment_initialization_request_fulfillment_provider",
    "EnrollmentInitializationResponse": ".enrollment_initialization_response",
    "EnrollmentInitializationResponseFulfillmentProvider": ".enrollment_initialization_response_fulfillment_provider",
    "EnrollmentPolicyAuthenticatorGracePeriod": ".enrollment_policy_authenticator_grace_period",
    "EnrollmentPolicyAuthenticatorGracePeriodType": ".enrollment_policy_authenticator_grace_period_type",
    "EntitlementTypesItem": ".entitlement_types_item",
    "EntitlementTypesItemAttributes": ".entitlement_types_item_attributes",
    "EntitlementTypesItemMappings": ".entitlement_types_item_mappings",
    "EntitlementValue": ".entitlement_value",
    "EntitlementValueLinks": ".entitlement_value_links",
    "EntitlementValuesResponse": ".entitlement_values_response",
    "EntitlementValuesResponseLinks": ".entitlement_values_response_links",
    "EntitlementsCapability": ".entitlements_capability",
    "EntitlementsCapabilityCapability": ".entitlements_capability_capability",
    "EntitlementsCapabilitySupportedProtocolsItem": ".entitlements_capability_supported_protocols_item",
    "EntitlementsLink": ".entitlements_link",
    "EntityRiskPolicy": ".entity_risk_policy",
    "EntityRiskPolicyRule": ".entity_risk_policy_rule",
    "EntityRiskPolicyRuleActionRunWorkflow": ".entity_risk_policy_rule_action_run_workflow",
    "EntityRiskPolicyRuleActionRunWorkflowAction": ".entity_risk_policy_rule_action_run_workflow_action",
    "EntityRiskPolicyRuleActionRunWorkflowWorkflow": ".entity_risk_policy_rule_action_run_workflow_workflow",
    "EntityRiskPolicyRuleActionTerminateAllSessions": ".entity_risk_policy_rule_action_terminate_all_sessions",
    "EntityRiskPolicyRuleActionTerminateAllSessionsAction": ".entity_risk_policy_rule_action_terminate_all_sessions_action",
    "EntityRiskPolicyRuleActions": ".entity_risk_policy_rule_actions",
    "EntityRiskPolicyRuleActionsEntityRisk": ".entity_risk_policy_rule_actions_entity_risk",
    "EntityRiskPolicyRuleActionsObject": ".entity_risk_policy_rule_actions_object",
    "EntityRiskPolicyRuleActionsObjectAction": ".entity_risk_policy_rule_actions_object_action",
    "EntityRiskPolicyRuleConditions": ".entity_risk_policy_rule_conditions",
    "EntityRiskScorePolicyRuleCondition": ".entity_risk_score_policy_rule_condition",
    "EntityRiskScorePolicyRuleConditionLevel": ".entity_risk_score_policy_rule_condition_level",
    "Error": ".error",
    "Error409": ".error_409",
    "ErrorCause": ".error_cause",
    "ErrorPage": ".error_page",
    "ErrorPageTouchPointVariant": ".error_page_touch_point_variant",
    "EventHook": ".event_hook",
    "EventHookChannel": ".event_hook_channel",
    "EventHookChannelConfig": ".event_hook_channel_config",
    "EventHookChannelConfigAuthScheme": ".event_hook_channel_config_auth_scheme",
    "EventHookChannelConfigAuthSchemeType": ".event_hook_channel_config_auth_scheme_type",
    "EventHookChannelConfigHeader": ".event_hook_channel_config_header",
    "EventHookChannelType": ".event_hook_channel_type",
    "EventHookFilterMapObject": ".event_hook_filter_map_object",
    "EventHookFilterMapObjectCondition": ".event_hook_filter_map_object_condition",
    "EventHookFilters": ".event_hook_filters",
    "EventHookLinks": ".event_hook_links",
    "EventHookStatus": ".event_hook_status",
    "EventHookVerificationStatus": ".event_hook_verification_status",
    "EventSubscriptionType": ".event_subscription_type",
    "EventSubscriptions": ".event_subscriptions",
    "ExpressConfiguration": ".express_configuration",
    "ExpressConfigureCapabilityType": ".express_configure_capability_type",
    "Expression": ".expression",
    "FailbackRequestSchema": ".failback_request_schema",
    "FailoverRequestSchema": ".failover_request_schema",
    "FCMConfiguration": ".fcm_configuration",
    "FCMPushProvider": ".fcm_push_provider",
    "Feature": ".feature",
    "FeatureLifecycle": ".feature_lifecycle",
    "FeatureLinks": ".feature_links",
    "FeatureLinksDependencies": ".feature_links_dependencies",
    "FeatureLinksDependents": ".feature_links_dependents",
    "FeatureStage": ".feature_stage",
    "FeatureStageState": ".feature_stage_state",
    "FeatureStageValue": ".feature_stage_value",
    "FeatureType": ".feature_type",
    "FederatedClaim": ".federated_claim",
    "FederatedClaimRequestBody": ".federated_claim_request_body",
    "FipsEnum": ".fips_enum",
    "ForgotPasswordResponse": ".forgot_password_response",
    "FulfillmentDataOrderDetails": ".fulfillment_data_order_details",
    "FulfillmentRequest": ".fulfillment_request",
    "FulfillmentRequestFulfillmentProvider": ".fulfillment_request_fulfillment_provider",
    "GetAllCrossAppAccessConnectionsStatus": ".get_all_cross_app_access_connections_status",
    "GetAllWellKnownUrIsExpandItem": ".get_all_well_known_ur_is_expand_item",
    "GetAuthenticatorEnrollmentDiscloseIdentifiersItem": ".get_authenticator_enrollment_disclose_identifiers_item",
    "GetBrandExpandItem": ".get_brand_expand_item",
    "GetBrandWellKnownUriPath": ".get_brand_well_known_uri_path",
    "GetDrStatusForDomainResponse200": ".get_dr_status_for_domain_response_200",
    "GetDrStatusResponse200": ".get_dr_status_response_200",
    "GetEmailDomainExpandItem": ".get_email_domain_expand_item",
    "GetEmailTemplateExpandItem": ".get_email_template_expand_item",
    "GetErrorPageExpandItem": ".get_error_page_expand_item",
    "GetGroupRuleExpand": ".get_group_rule_expand",
    "GetOrgContactUserContactType": ".get_org_contact_user_contact_type",
    "GetRoleTargetsByUserIdAndRoleIdAssignmentType": ".get_role_targets_by_user_id_and_role_id_assignment_type",
    "GetRootBrandWellKnownUriExpandItem": ".get_root_brand_well_known_uri_expand_item",
    "GetRootBrandWellKnownUriPath": ".get_root_brand_well_known_uri_path",
    "GetSignInPageExpandItem": ".get_sign_in_page_expand_item",
    "GlobalTokenRevocation": ".global_token_revocation",
    "GlobalTokenRevocationAuthMethod": ".global_token_revocation_auth_method",
    "GlobalTokenRevocationSubjectFormat": ".global_token_revocation_subject_format",
    "GoogleApplication": ".google_application",
    "GoogleApplicationSettings": ".google_application_settings",
    "GoogleApplicationSettingsApplication": ".google_application_settings_application",
    "GoogleApplicationSignOnMode": ".google_application_sign_on_mode",
    "GovernanceAccessScopeType": ".governance_access_scope_type",
    "GovernanceApprovalDecision": ".governance_approval_decision",
    "GovernanceApprovalDecisionType": ".governance_approval_decision_type",
    "GovernanceApprovalProviderType": ".governance_approval_provider_type",
    "GovernanceBundle": ".governance_bundle",
    "GovernanceBundleCreateRequest": ".governance_bundle_create_request",
    "GovernanceBundleLinks": ".governance_bundle_links",
    "GovernanceBundleUpdateRequest": ".governance_bundle_update_request",
    "GovernanceBundlesResponse": ".governance_bundles_response",
    "GovernanceBundlesResponseLinks": ".governance_bundles_response_links",
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
    "GovernanceSourceType": ".governance_source_type",
    "GovernanceTargetPrincipal": ".governance_target_principal",
    "GovernanceTargetPrincipalType": ".governance_target_principal_type",
    "GracePeriod": ".grace_period",
    "GracePeriodRequiredSoon": ".grace_period_required_soon",
    "GracePeriodType": ".grace_period_type",
    "GrantOrTokenStatus": ".grant_or_token_status",
    "GrantResourcesHrefObject": ".grant_resources_href_object",
    "GrantType": ".grant_type",
    "GrantTypePolicyRuleCondition": ".grant_type_policy_rule_condition",
    "Group": ".group",
    "GroupAssignmentProfile": ".group_assignment_profile",
    "GroupCondition": ".group_condition",
    "GroupEmbedded": ".group_embedded",
    "GroupEmbeddedApp": ".group_embedded_app",
    "GroupEmbeddedStats": ".group_embedded_stats",
    "GroupLinks": ".group_links",
    "GroupMembershipsRequestSchema": ".group_memberships_request_schema",
    "GroupMembershipsResponseSchema": ".group_memberships_response_schema",
    "GroupOwner": ".group_owner",
    "GroupOwnerOriginType": ".group_owner_origin_type",
    "GroupOwnerType": ".group_owner_type",
    "GroupPolicyRuleCondition": ".group_policy_rule_condition",
    "GroupProfileResult": ".group_profile_result",
    "GroupPushMapping": ".group_push_mapping",
    "GroupPushMappingLinks": ".group_push_mapping_links",
    "GroupPushMappingStatus": ".group_push_mapping_status",
    "GroupPushMappingStatusUpsert": ".group_push_mapping_status_upsert",
    "GroupQueryRequest": ".group_query_request",
    "GroupQueryResponse": ".group_query_response",
    "GroupRule": ".group_rule",
    "GroupRuleAction": ".group_rule_action",
    "GroupRuleConditions": ".group_rule_conditions",
    "GroupRuleEmbedded": ".group_rule_embedded",
    "GroupRuleEmbeddedGroupIdToGroupNameMap": ".group_rule_embedded_group_id_to_group_name_map",
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
    "GroupsLink": ".groups_link",
    "GroupsRequestSchema": ".groups_request_schema",
    "GroupsResponseSchema": ".groups_response_schema",
    "GroupsResponseSchemaProfile": ".groups_response_schema_profile",
    "HelpLink": ".help_link",
    "HookKey": ".hook_key",
    "HostedPage": ".hosted_page",
    "HostedPageType": ".hosted_page_type",
    "HrefCsrPublishLink": ".href_csr_publish_link",
    "HrefCsrSelfLink": ".href_csr_self_link",
    "HrefHints": ".href_hints",
    "HrefHintsGuidanceObject": ".href_hints_guidance_object",
    "HrefObject": ".href_object",
    "HrefObjectActivateLink": ".href_object_activate_link",
    "HrefObjectAppLink": ".href_object_app_link",
    "HrefObjectAssigneeLink": ".href_object_assignee_link",
    "HrefObjectAuthorizeLink": ".href_object_authorize_link",
    "HrefObjectBindingLink": ".href_object_binding_link",
    "HrefObjectBindingsLink": ".href_object_bindings_link",
    "HrefObjectClientLink": ".href_object_client_link",
    "HrefObjectDeactivateLink": ".href_object_deactivate_link",
    "HrefObjectDeleteLink": ".href_object_delete_link",
    "HrefObjectGovernanceResourcesLink": ".href_object_governance_resources_link",
    "HrefObjectGrantAerialConsent": ".href_object_grant_aerial_consent",
    "HrefObjectGroupLink": ".href_object_group_link",
    "HrefObjectLogoLink": ".href_object_logo_link",
    "HrefObjectMappingsLink": ".href_object_mappings_link",
    "HrefObjectMemberLink": ".href_object_member_link",
    "HrefObjectMembersLink": ".href_object_members_link",
    "HrefObjectNextLink": ".href_object_next_link",
    "HrefObjectPermissionsLink": ".href_object_permissions_link",
    "HrefObjectResourceSetLink": ".href_object_resource_set_link",
    "HrefObjectResourceSetResourcesLink": ".href_object_resource_set_resources_link",
    "HrefObjectRetrieveAerialConsent": ".href_object_retrieve_aerial_consent",
    "HrefObjectRevokeAerialConsent": ".href_object_revoke_aerial_consent",
    "HrefObjectRoleLink": ".href_object_role_link",
    "HrefObjectRulesLink": ".href_object_rules_link",
    "HrefObjectSelfLink": ".href_object_self_link",
    "HrefObjectSuspendLink": ".href_object_suspend_link",
    "HrefObjectUnsuspendLink": ".href_object_unsuspend_link",
    "HrefObjectUserLink": ".href_object_user_link",
    "HrefObjectWebLink": ".href_object_web_link",
    "HttpMethod": ".http_method",
    "IAMBundleEntitlement": ".iam_bundle_entitlement",
    "IamRole": ".iam_role",
    "IamRoleLinks": ".iam_role_links",
    "IamRoles": ".iam_roles",
    "IdPCertificateCredential": ".id_p_certificate_credential",
    "IdPCsr": ".id_p_csr",
    "IdPCsrLinks": ".id_p_csr_links",
    "IdPKeyCredential": ".id_p_key_credential",
    "IdProofingMethod": ".id_proofing_method",
    "IdTokenKeyEncryptionAlgorithm": ".id_token_key_encryption_algorithm",
    "IdentityClaimSourcingPolicy": ".identity_claim_sourcing_policy",
    "IdentityClaimSourcingPolicyRule": ".identity_claim_sourcing_policy_rule",
    "IdentityClaimSourcingPolicyRuleAction": ".identity_claim_sourcing_policy_rule_action",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcing": ".identity_claim_sourcing_policy_rule_action_claim_sourcing",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType": ".identity_claim_sourcing_policy_rule_action_claim_sourcing_redirect_type",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh": ".identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter": ".identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilterIncludeItem": ".identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter_include_item",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType": ".identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_redirect_type",
    "IdentityProvider": ".identity_provider",
    "IdentityProviderApplicationUser": ".identity_provider_application_user",
    "IdentityProviderApplicationUserLinks": ".identity_provider_application_user_links",
    "IdentityProviderIssuerMode": ".identity_provider_issuer_mode",
    "IdentityProviderLinks": ".identity_provider_links",
    "IdentityProviderPolicy": ".identity_provider_policy",
    "IdentityProviderPolicyProvider": ".identity_provider_policy_provider",
    "IdentityProviderPolicyRuleCondition": ".identity_provider_policy_rule_condition",
    "IdentityProviderProperties": ".identity_provider_properties",
    "IdentityProviderPropertiesAdditionalAmrItem": ".identity_provider_properties_additional_amr_item",
    "IdentityProviderPropertiesIdvMetadata": ".identity_provider_properties_idv_metadata",
    "IdentityProviderType": ".identity_provider_type",
    "IdentitySourceGroupMembershipsDeleteProfileItem": ".identity_source_group_memberships_delete_profile_item",
    "IdentitySourceGroupMembershipsUpsertProfileItem": ".identity_source_group_memberships_upsert_profile_item",
    "IdentitySourceGroupProfileForUpsert": ".identity_source_group_profile_for_upsert",
    "IdentitySourceSession": ".identity_source_session",
    "IdentitySourceSessionStatus": ".identity_source_session_status",
    "IdentitySourceUserProfileForDelete": ".identity_source_user_profile_for_delete",
    "IdentitySourceUserProfileForUpsert": ".identity_source_user_profile_for_upsert",
    "IdentitySourceUserProfileForUpsertRequired": ".identity_source_user_profile_for_upsert_required",
    "IdpDiscoveryPlatformConditionEvaluatorPlatform": ".idp_discovery_platform_condition_evaluator_platform",
    "IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem": ".idp_discovery_platform_condition_evaluator_platform_operating_system",
    "IdpDiscoveryPlatformPolicyRuleCondition": ".idp_discovery_platform_policy_rule_condition",
    "IdpDiscoveryPolicy": ".idp_discovery_policy",
    "IdpDiscoveryPolicyPlatformOperatingSystemType": ".idp_discovery_policy_platform_operating_system_type",
    "IdpDiscoveryPolicyRule": ".idp_discovery_policy_rule",
    "IdpDiscoveryPolicyRuleCondition": ".idp_discovery_policy_rule_condition",
    "IdpPolicyRuleAction": ".idp_policy_rule_action",
    "IdpPolicyRuleActionIdp": ".idp_policy_rule_action_idp",
    "IdpPolicyRuleActionMatchCriteria": ".idp_policy_rule_action_match_criteria",
    "IdpPolicyRuleActionProvider": ".idp_policy_rule_action_provider",
    "IdpSelectionType": ".idp_selection_type",
    "Idv": ".idv",
    "IDVAuthorizationEndpoint": ".idv_authorization_endpoint",
    "IDVAuthorizationEndpointBinding": ".idv_authorization_endpoint_binding",
    "IdvCapability": ".idv_capability",
    "IdvCapabilityCapability": ".idv_capability_capability",
    "IdvCapabilitySupportedProtocolsItem": ".idv_capability_supported_protocols_item",
    "IDVCredentials": ".idv_credentials",
    "IDVCredentialsBearer": ".idv_credentials_bearer",
    "IDVCredentialsClient": ".idv_credentials_client",
    "IDVEndpoints": ".idv_endpoints",
    "IDVParEndpoint": ".idv_par_endpoint",
    "IDVParEndpointBinding": ".idv_par_endpoint_binding",
    "IDVTokenEndpoint": ".idv_token_endpoint",
    "IDVTokenEndpointBinding": ".idv_token_endpoint_binding",
    "IframeEmbedScopeAllowedApps": ".iframe_embed_scope_allowed_apps",
    "ImageUploadResponse": ".image_upload_response",
    "ImportScheduleObject": ".import_schedule_object",
    "ImportScheduleSettings": ".import_schedule_settings",
    "ImportUsernameObject": ".import_username_object",
    "ImportUsernameObjectUsernameFormat": ".import_username_object_username_format",
    "InactivityPolicyRuleCondition": ".inactivity_policy_rule_condition",
    "InboundProvisioningApplicationFeature": ".inbound_provisioning_application_feature",
    "InlineHook": ".inline_hook",
    "InlineHookBasePayload": ".inline_hook_base_payload",
    "InlineHookChannel": ".inline_hook_channel",
    "InlineHookChannelConfig": ".inline_hook_channel_config",
    "InlineHookChannelConfigAuthSchemeBody": ".inline_hook_channel_config_auth_scheme_body",
    "InlineHookChannelConfigAuthSchemeResponse": ".inline_hook_channel_config_auth_scheme_response",
    "InlineHookChannelConfigCreate": ".inline_hook_channel_config_create",
    "InlineHookChannelConfigHeaders": ".inline_hook_channel_config_headers",
    "InlineHookChannelCreate": ".inline_hook_channel_create",
    "InlineHookChannelHttp": ".inline_hook_channel_http",
    "InlineHookChannelHttpCreate": ".inline_hook_channel_http_create",
    "InlineHookChannelOAuth": ".inline_hook_channel_o_auth",
    "InlineHookChannelOAuthCreate": ".inline_hook_channel_o_auth_create",
    "InlineHookChannelType": ".inline_hook_channel_type",
    "InlineHookCreate": ".inline_hook_create",
    "InlineHookCreateResponse": ".inline_hook_create_response",
    "InlineHookHttpConfig": ".inline_hook_http_config",
    "InlineHookHttpConfigCreate": ".inline_hook_http_config_create",
    "InlineHookLinks": ".inline_hook_links",
    "InlineHookLinksCreate": ".inline_hook_links_create",
    "InlineHookOAuthBasicConfig": ".inline_hook_o_auth_basic_config",
    "InlineHookOAuthChannelConfig": ".inline_hook_o_auth_channel_config",
    "InlineHookOAuthChannelConfigCreate": ".inline_hook_o_auth_channel_config_create",
    "InlineHookOAuthClientSecretConfig": ".inline_hook_o_auth_client_secret_config",
    "InlineHookOAuthClientSecretConfigCreate": ".inline_hook_o_auth_client_secret_config_create",
    "InlineHookOAuthPrivateKeyJwtConfig": ".inline_hook_o_auth_private_key_jwt_config",
    "InlineHookPayload": ".inline_hook_payload",
    "InlineHookReplace": ".inline_hook_replace",
    "InlineHookRequestObject": ".inline_hook_request_object",
    "InlineHookRequestObjectUrl": ".inline_hook_request_object_url",
    "InlineHookResponse": ".inline_hook_response",
    "InlineHookResponseCommandValue": ".inline_hook_response_command_value",
    "InlineHookResponseCommands": ".inline_hook_response_commands",
    "InlineHookStatus": ".inline_hook_status",
    "InlineHookType": ".inline_hook_type",
    "IntegrationCapability": ".integration_capability",
    "IntegrationCapabilityStatus": ".integration_capability_status",
    "InterclientTrustMapping": ".interclient_trust_mapping",
    "InterclientTrustMappingRequestBody": ".interclient_trust_mapping_request_body",
    "IPNetworkZone": ".ip_network_zone",
    "IPServiceCategory": ".ip_service_category",
    "IssuerMode": ".issuer_mode",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonWebKey": ".json_web_key",
    "JsonWebKeyStatus": ".json_web_key_status",
    "JsonWebKeyType": ".json_web_key_type",
    "JsonWebKeyUse": ".json_web_key_use",
    "JwkUse": ".jwk_use",
    "JwkUseType": ".jwk_use_type",
    "KeepCurrent": ".keep_current",
    "KeepMeSignedIn": ".keep_me_signed_in",
    "KeepMeSignedInPostAuth": ".keep_me_signed_in_post_auth",
    "KeyRequest": ".key_request",
    "KeyTrustLevelBrowserKey": ".key_trust_level_browser_key",
    "KeyTrustLevelOSMode": ".key_trust_level_os_mode",
    "KnowledgeConstraint": ".knowledge_constraint",
    "LifecycleCreateSettingObject": ".lifecycle_create_setting_object",
    "LifecycleDeactivateSettingObject": ".lifecycle_deactivate_setting_object",
    "LifecycleExpirationPolicyRuleCondition": ".lifecycle_expiration_policy_rule_condition",
    "LifecycleStatus": ".lifecycle_status",
    "LinkedHrefObject": ".linked_href_object",
    "LinkedObject": ".linked_object",
    "LinkedObjectDetails": ".linked_object_details",
    "LinkedObjectDetailsType": ".linked_object_details_type",
    "LinkedObjectLinksSelf": ".linked_object_links_self",
    "LinksActivate": ".links_activate",
    "LinksAerialConsentGranted": ".links_aerial_consent_granted",
    "LinksAerialConsentRevoked": ".links_aerial_consent_revoked",
    "LinksAppAndUser": ".links_app_and_user",
    "LinksAssignee": ".links_assignee",
    "LinksAuthenticator": ".links_authenticator",
    "LinksCancel": ".links_cancel",
    "LinksCustomRoleResponse": ".links_custom_role_response",
    "LinksDeactivate": ".links_deactivate",
    "LinksEnroll": ".links_enroll",
    "LinksFactor": ".links_factor",
    "LinksGovernanceResources": ".links_governance_resources",
    "LinksGovernanceSources": ".links_governance_sources",
    "LinksNext": ".links_next",
    "LinksNextForRoleAssignments": ".links_next_for_role_assignments",
    "LinksPoll": ".links_poll",
    "LinksQrcode": ".links_qrcode",
    "LinksQuestions": ".links_questions",
    "LinksResend": ".links_resend",
    "LinksSelf": ".links_self",
    "LinksSelfAndFullUsersLifecycle": ".links_self_and_full_users_lifecycle",
    "LinksSelfAndLifecycle": ".links_self_and_lifecycle",
    "LinksSelfAndRoles": ".links_self_and_roles",
    "LinksSelfForRoleAssignment": ".links_self_for_role_assignment",
    "LinksSelfLifecycleAndAuthorize": ".links_self_lifecycle_and_authorize",
    "LinksSend": ".links_send",
    "LinksUserAuthenticators": ".links_user_authenticators",
    "LinksUserFactors": ".links_user_factors",
    "LinksUserRef": ".links_user_ref",
    "LinksVerify": ".links_verify",
    "ListAuthenticatorEnrollmentsDiscloseIdentifiersItem": ".list_authenticator_enrollments_disclose_identifiers_item",
    "ListBrandsExpandItem": ".list_brands_expand_item",
    "ListDevicesExpand": ".list_devices_expand",
    "ListEmailDomainsExpandItem": ".list_email_domains_expand_item",
    "ListEmailTemplatesExpandItem": ".list_email_templates_expand_item",
    "ListGroupRulesExpand": ".list_group_rules_expand",
    "ListInlineHooksType": ".list_inline_hooks_type",
    "ListLogEventsSortOrder": ".list_log_events_sort_order",
    "ListProfileMappings": ".list_profile_mappings",
    "ListYubikeyOtpTokensFilter": ".list_yubikey_otp_tokens_filter",
    "ListYubikeyOtpTokensSortBy": ".list_yubikey_otp_tokens_sort_by",
    "ListYubikeyOtpTokensSortOrder": ".list_yubikey_otp_tokens_sort_order",
    "LoadingPageTouchPointVariant": ".loading_page_touch_point_variant",
    "LocationGranularity": ".location_granularity",
    "LogActor": ".log_actor",
    "LogAuthenticationContext": ".log_authentication_context",
    "LogAuthenticationProvider": ".log_authentication_provider",
    "LogBotProtection": ".log_bot_protection",
    "LogBotProtectionLevel": ".log_bot_protection_level",
    "LogClient": ".log_client",
    "LogCredentialProvider": ".log_credential_provider",
    "LogCredentialType": ".log_credential_type",
    "LogDebugContext": ".log_debug_context",
    "LogDevice": ".log_device",
    "LogDiskEncryptionType": ".log_disk_encryption_type",
    "LogEvent": ".log_event",
    "LogGeographicalContext": ".log_geographical_context",
    "LogGeolocation": ".log_geolocation",
    "LogIpAddress": ".log_ip_address",
    "LogIpDetails": ".log_ip_details",
    "LogIpServiceCategory": ".log_ip_service_category",
    "LogIpServiceCategoryType": ".log_ip_service_category_type",
    "LogIssuer": ".log_issuer",
    "LogOutcome": ".log_outcome",
    "LogOutcomeResult": ".log_outcome_result",
    "LogRequest": ".log_request",
    "LogRisk": ".log_risk",
    "LogRiskLevel": ".log_risk_level",
    "LogRiskPreviousLevel": ".log_risk_previous_level",
    "LogScreenLockType": ".log_screen_lock_type",
    "LogSecurityContext": ".log_security_context",
    "LogSeverity": ".log_severity",
    "LogStream": ".log_stream",
    "LogStreamActivateLink": ".log_stream_activate_link",
    "LogStreamAws": ".log_stream_aws",
    "LogStreamAwsPutSchema": ".log_stream_aws_put_schema",
    "LogStreamDeactivateLink": ".log_stream_deactivate_link",
    "LogStreamLinkObject": ".log_stream_link_object",
    "LogStreamLinkObjectMethod": ".log_stream_link_object_method",
    "LogStreamLinksSelfAndLifecycle": ".log_stream_links_self_and_lifecycle",
    "LogStreamPutSchema": ".log_stream_put_schema",
    "LogStreamSchema": ".log_stream_schema",
    "LogStreamSelfLink": ".log_stream_self_link",
    "LogStreamSettingsAws": ".log_stream_settings_aws",
    "LogStreamSettingsSplunk": ".log_stream_settings_splunk",
    "LogStreamSettingsSplunkPut": ".log_stream_settings_splunk_put",
    "LogStreamSplunk": ".log_stream_splunk",
    "LogStreamSplunkPutSchema": ".log_stream_splunk_put_schema",
    "LogStreamStatus": ".log_stream_status",
    "LogStreamType": ".log_stream_type",
    "LogTarget": ".log_target",
    "LogTargetChangeDetails": ".log_target_change_details",
    "LogTransaction": ".log_transaction",
    "LogUserAgent": ".log_user_agent",
    "LogUserBehavior": ".log_user_behavior",
    "LogUserBehaviorResult": ".log_user_behavior_result",
    "MacOSAccountProfile": ".mac_os_account_profile",
    "MacOSAccountProfileType": ".mac_os_account_profile_type",
    "MDMEnrollmentPolicyEnrollment": ".mdm_enrollment_policy_enrollment",
    "MDMEnrollmentPolicyRuleCondition": ".mdm_enrollment_policy_rule_condition",
    "MembershipRequestSchema": ".membership_request_schema",
    "MetadataLink": ".metadata_link",
    "MtlsCredentials": ".mtls_credentials",
    "MtlsEndpoints": ".mtls_endpoints",
    "MtlsSsoEndpoint": ".mtls_sso_endpoint",
    "MtlsTrustCredentials": ".mtls_trust_credentials",
    "MtlsTrustCredentialsRevocation": ".mtls_trust_credentials_revocation",
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
    "NumberFactorChallengeEmbeddedLinks": ".number_factor_challenge_embedded_links",
    "NumberFactorChallengeEmbeddedLinksChallenge": ".number_factor_challenge_embedded_links_challenge",
    "OAuth2Actor": ".o_auth_2_actor",
    "OAuth2Claim": ".o_auth_2_claim",
    "OAuth2ClaimConditions": ".o_auth_2_claim_conditions",
    "OAuth2ClaimGroupFilterType": ".o_auth_2_claim_group_filter_type",
    "OAuth2ClaimType": ".o_auth_2_claim_type",
    "OAuth2ClaimValueType": ".o_auth_2_claim_value_type",
    "OAuth2Client": ".o_auth_2_client",
    "OAuth2ClientJsonEncryptionKeyRequest": ".o_auth_2_client_json_encryption_key_request",
    "OAuth2ClientJsonEncryptionKeyRequestKty": ".o_auth_2_client_json_encryption_key_request_kty",
    "OAuth2ClientJsonEncryptionKeyRequestUse": ".o_auth_2_client_json_encryption_key_request_use",
    "OAuth2ClientJsonEncryptionKeyResponse": ".o_auth_2_client_json_encryption_key_response",
    "OAuth2ClientJsonEncryptionKeyResponseKty": ".o_auth_2_client_json_encryption_key_response_kty",
    "OAuth2ClientJsonEncryptionKeyResponseUse": ".o_auth_2_client_json_encryption_key_response_use",
    "OAuth2ClientJsonWebKeyECRequest": ".o_auth_2_client_json_web_key_ec_request",
    "OAuth2ClientJsonWebKeyECRequestKty": ".o_auth_2_client_json_web_key_ec_request_kty",
    "OAuth2ClientJsonWebKeyECResponse": ".o_auth_2_client_json_web_key_ec_response",
    "OAuth2ClientJsonWebKeyECResponseKty": ".o_auth_2_client_json_web_key_ec_response_kty",
    "OAuth2ClientJsonWebKeyRequestBase": ".o_auth_2_client_json_web_key_request_base",
    "OAuth2ClientJsonWebKeyRequestBaseStatus": ".o_auth_2_client_json_web_key_request_base_status",
    "OAuth2ClientJsonWebKeyRequestBody": ".o_auth_2_client_json_web_key_request_body",
    "OAuth2ClientJsonWebKeyRequestBodyStatus": ".o_auth_2_client_json_web_key_request_body_status",
    "OAuth2ClientJsonWebKeyResponseBase": ".o_auth_2_client_json_web_key_response_base",
    "OAuth2ClientJsonWebKeyRsaRequest": ".o_auth_2_client_json_web_key_rsa_request",
    "OAuth2ClientJsonWebKeyRsaRequestKty": ".o_auth_2_client_json_web_key_rsa_request_kty",
    "OAuth2ClientJsonWebKeyRsaResponse": ".o_auth_2_client_json_web_key_rsa_response",
    "OAuth2ClientJsonWebKeyRsaResponseKty": ".o_auth_2_client_json_web_key_rsa_response_kty",
    "OAuth2ClientLinks": ".o_auth_2_client_links",
    "OAuth2ClientSecret": ".o_auth_2_client_secret",
    "OAuth2ClientSecretRequestBody": ".o_auth_2_client_secret_request_body",
    "OAuth2ClientSecretRequestBodyStatus": ".o_auth_2_client_secret_request_body_status",
    "OAuth2ClientSecretStatus": ".o_auth_2_client_secret_status",
    "OAuth2RefreshToken": ".o_auth_2_refresh_token",
    "OAuth2RefreshTokenEmbedded": ".o_auth_2_refresh_token_embedded",
    "OAuth2RefreshTokenLinks": ".o_auth_2_refresh_token_links",
    "OAuth2RefreshTokenLinksRevoke": ".o_auth_2_refresh_token_links_revoke",
    "OAuth2RefreshTokenLinksRevokeHints": ".o_auth_2_refresh_token_links_revoke_hints",
    "OAuth2RefreshTokenScope": ".o_auth_2_refresh_token_scope",
    "OAuth2RefreshTokenScopeLinks": ".o_auth_2_refresh_token_scope_links",
    "OAuth2ResourceServerJsonWebKey": ".o_auth_2_resource_server_json_web_key",
    "OAuth2ResourceServerJsonWebKeyRequestBody": ".o_auth_2_resource_server_json_web_key_request_body",
    "OAuth2ResourceServerJsonWebKeyRequestBodyStatus": ".o_auth_2_resource_server_json_web_key_request_body_status",
    "OAuth2ResourceServerJsonWebKeyStatus": ".o_auth_2_resource_server_json_web_key_status",
    "OAuth2Scope": ".o_auth_2_scope",
    "OAuth2ScopeConsentGrant": ".o_auth_2_scope_consent_grant",
    "OAuth2ScopeConsentGrantEmbedded": ".o_auth_2_scope_consent_grant_embedded",
    "OAuth2ScopeConsentGrantEmbeddedScope": ".o_auth_2_scope_consent_grant_embedded_scope",
    "OAuth2ScopeConsentGrantLinks": ".o_auth_2_scope_consent_grant_links",
    "OAuth2ScopeConsentGrantSource": ".o_auth_2_scope_consent_grant_source",
    "OAuth2ScopeConsentType": ".o_auth_2_scope_consent_type",
    "OAuth2ScopeMetadataPublish": ".o_auth_2_scope_metadata_publish",
    "OAuth2ScopesMediationPolicyRuleCondition": ".o_auth_2_scopes_mediation_policy_rule_condition",
    "OAuth2Settings": ".o_auth_2_settings",
    "OAuth2SettingsPublicKey": ".o_auth_2_settings_public_key",
    "OAuth2Token": ".o_auth_2_token",
    "OAuthApplicationCredentials": ".o_auth_application_credentials",
    "OAuthAuthorizationEndpoint": ".o_auth_authorization_endpoint",
    "OAuthClientSecretLinks": ".o_auth_client_secret_links",
    "OAuthCredentials": ".o_auth_credentials",
    "OAuthCredentialsClient": ".o_auth_credentials_client",
    "OAuthCredentialsClientTokenEndpointAuthMethod": ".o_auth_credentials_client_token_endpoint_auth_method",
    "OAuthEndpointAuthenticationMethod": ".o_auth_endpoint_authentication_method",
    "OAuthEndpoints": ".o_auth_endpoints",
    "OAuthMetadata": ".o_auth_metadata",
    "OAuthMetadataDpopSigningAlgValuesSupportedItem": ".o_auth_metadata_dpop_signing_alg_values_supported_item",
    "OAuthProvisioningEnabledApp": ".o_auth_provisioning_enabled_app",
    "OAuthResourceServerKeyLinks": ".o_auth_resource_server_key_links",
    "OAuthResponseType": ".o_auth_response_type",
    "OAuthTokenEndpoint": ".o_auth_token_endpoint",
    "OAUTH2CLIENTCREDENTIALS": ".oauth2clientcredentials",
    "OAUTH2CLIENTCREDENTIALSTokenEndpointAuthMethod": ".oauth2clientcredentials_token_endpoint_auth_method",
    "OAUTH2CLIENTCREDENTIALSCREATE": ".oauth2clientcredentialscreate",
    "OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod": ".oauth2clientcredentialscreate_token_endpoint_auth_method",
    "OAUTH2JWTBEARERGRANT": ".oauth2jwtbearergrant",
    "OAUTH2JWTBEARERGRANTSigningAlgorithm": ".oauth2jwtbearergrant_signing_algorithm",
    "OAUTH2JWTBEARERGRANTCREATE": ".oauth2jwtbearergrantcreate",
    "OAUTH2JWTBEARERGRANTCREATESigningAlgorithm": ".oauth2jwtbearergrantcreate_signing_algorithm",
    "Office365Application": ".office_365_application",
    "Office365ApplicationSettings": ".office_365_application_settings",
    "Office365ApplicationSettingsApplication": ".office_365_application_settings_application",
    "Office365ApplicationSignOnMode": ".office_365_application_sign_on_mode",
    "Office365ProvisioningSettings": ".office_365_provisioning_settings",
    "OfflineAccessScopeResourceHrefObject": ".offline_access_scope_resource_href_object",
    "Oidc": ".oidc",
    "OidcAlgorithms": ".oidc_algorithms",
    "OidcIssuer": ".oidc_issuer",
    "OidcJwksEndpoint": ".oidc_jwks_endpoint",
    "OidcRequestAlgorithm": ".oidc_request_algorithm",
    "OidcRequestSignatureAlgorithm": ".oidc_request_signature_algorithm",
    "OidcSettings": ".oidc_settings",
    "OidcSigningAlgorithm": ".oidc_signing_algorithm",
    "OidcSloEndpoint": ".oidc_slo_endpoint",
    "OidcUserInfoEndpoint": ".oidc_user_info_endpoint",
    "OINApplication": ".oin_application",
    "OINSaml11ApplicationSettingsSignOn": ".oin_saml_11_application_settings_sign_on",
    "OINSaml20ApplicationSettingsSignOn": ".oin_saml_20_application_settings_sign_on",
    "OktaActiveDirectoryGroupProfile": ".okta_active_directory_group_profile",
    "OktaDeviceRiskChangeEvent": ".okta_device_risk_change_event",
    "OktaDeviceRiskChangeEventCurrentLevel": ".okta_device_risk_change_event_current_level",
    "OktaDeviceRiskChangeEventInitiatingEntity": ".okta_device_risk_change_event_initiating_entity",
    "OktaDeviceRiskChangeEventPreviousLevel": ".okta_device_risk_change_event_previous_level",
    "OktaDeviceRiskChangeEventReasonAdmin": ".okta_device_risk_change_event_reason_admin",
    "OktaDeviceRiskChangeEventReasonUser": ".okta_device_risk_change_event_reason_user",
    "OktaIpChangeEvent": ".okta_ip_change_event",
    "OktaIpChangeEventInitiatingEntity": ".okta_ip_change_event_initiating_entity",
    "OktaIpChangeEventReasonAdmin": ".okta_ip_change_event_reason_admin",
    "OktaIpChangeEventReasonUser": ".okta_ip_change_event_reason_user",
    "OktaManagedUserAccountForUpdate": ".okta_managed_user_account_for_update",
    "OktaManagedUserAccountRequest": ".okta_managed_user_account_request",
    "OktaManagedUserAccountResponse": ".okta_managed_user_account_response",
    "OktaPersonalAdminFeatureSettings": ".okta_personal_admin_feature_settings",
    "OktaSignOnPolicy": ".okta_sign_on_policy",
    "OktaSignOnPolicyConditions": ".okta_sign_on_policy_conditions",
    "OktaSignOnPolicyConditionsPeople": ".okta_sign_on_policy_conditions_people",
    "OktaSignOnPolicyConditionsPeopleGroups": ".okta_sign_on_policy_conditions_people_groups",
    "OktaSignOnPolicyFactorPromptMode": ".okta_sign_on_policy_factor_prompt_mode",
    "OktaSignOnPolicyRule": ".okta_sign_on_policy_rule",
    "OktaSignOnPolicyRuleActions": ".okta_sign_on_policy_rule_actions",
    "OktaSignOnPolicyRuleConditions": ".okta_sign_on_policy_rule_conditions",
    "OktaSignOnPolicyRuleSignonActions": ".okta_sign_on_policy_rule_signon_actions",
    "OktaSignOnPolicyRuleSignonActionsAccess": ".okta_sign_on_policy_rule_signon_actions_access",
    "OktaSignOnPolicyRuleSignonPrimaryFactor": ".okta_sign_on_policy_rule_signon_primary_factor",
    "OktaSignOnPolicyRuleSignonSessionActions": ".okta_sign_on_policy_rule_signon_session_actions",
    "OktaSupportAccessStatus": ".okta_support_access_status",
    "OktaSupportCase": ".okta_support_case",
    "OktaSupportCaseImpersonation": ".okta_support_case_impersonation",
    "OktaSupportCaseSelfAssigned": ".okta_support_case_self_assigned",
    "OktaSupportCases": ".okta_support_cases",
    "OktaUserGroupProfile": ".okta_user_group_profile",
    "OktaUserRiskChangeEvent": ".okta_user_risk_change_event",
    "OktaUserRiskChangeEventCurrentLevel": ".okta_user_risk_change_event_current_level",
    "OktaUserRiskChangeEventInitiatingEntity": ".okta_user_risk_change_event_initiating_entity",
    "OktaUserRiskChangeEventPreviousLevel": ".okta_user_risk_change_event_previous_level",
    "OktaUserRiskChangeEventReasonAdmin": ".okta_user_risk_change_event_reason_admin",
    "OktaUserRiskChangeEventReasonUser": ".okta_user_risk_change_event_reason_user",
    "OktaUserServiceAccountCredentials": ".okta_user_service_account_credentials",
    "OktaVerifyPayload": ".okta_verify_payload",
    "OpenIdConnectApplication": ".open_id_connect_application",
    "OpenIdConnectApplicationConsentMethod": ".open_id_connect_application_consent_method",
    "OpenIdConnectApplicationIdpInitiatedLogin": ".open_id_connect_application_idp_initiated_login",
    "OpenIdConnectApplicationIdpInitiatedLoginMode": ".open_id_connect_application_idp_initiated_login_mode",
    "OpenIdConnectApplicationIssuerMode": ".open_id_connect_application_issuer_mode",
    "OpenIdConnectApplicationNetwork": ".open_id_connect_application_network",
    "OpenIdConnectApplicationNetworkConnection": ".open_id_connect_application_network_connection",
    "OpenIdConnectApplicationSettings": ".open_id_connect_application_settings",
    "OpenIdConnectApplicationSettingsClient": ".open_id_connect_application_settings_client",
    "OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg": ".open_id_connect_application_settings_client_backchannel_authentication_request_signing_alg",
    "OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode": ".open_id_connect_application_settings_client_backchannel_token_delivery_mode",
    "OpenIdConnectApplicationSettingsClientKeys": ".open_id_connect_application_settings_client_keys",
    "OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg": ".open_id_connect_application_settings_client_request_object_signing_alg",
    "OpenIdConnectApplicationSettingsClientSubjectType": ".open_id_connect_application_settings_client_subject_type",
    "OpenIdConnectApplicationSettingsClientWildcardRedirect": ".open_id_connect_application_settings_client_wildcard_redirect",
    "OpenIdConnectApplicationSettingsRefreshToken": ".open_id_connect_application_settings_refresh_token",
    "OpenIdConnectApplicationType": ".open_id_connect_application_type",
    "OpenIdConnectRefreshTokenRotationType": ".open_id_connect_refresh_token_rotation_type",
    "OperationRequest": ".operation_request",
    "OperationResponse": ".operation_response",
    "OperationResponseStatus": ".operation_response_status",
    "OperationalStatus": ".operational_status",
    "OptInStatusResponse": ".opt_in_status_response",
    "OptInStatusResponseLinks": ".opt_in_status_response_links",
    "OptInStatusResponseOptInStatus": ".opt_in_status_response_opt_in_status",
    "Org2OrgApplication": ".org_2_org_application",
    "Org2OrgApplicationSettings": ".org_2_org_application_settings",
    "Org2OrgApplicationSettingsApplication": ".org_2_org_application_settings_application",
    "Org2OrgApplicationSignOnMode": ".org_2_org_application_sign_on_mode",
    "Org2OrgProvisioningOAuthSigningSettings": ".org_2_org_provisioning_o_auth_signing_settings",
    "OrgAerialConsent": ".org_aerial_consent",
    "OrgAerialConsentDetails": ".org_aerial_consent_details",
    "OrgAerialConsentRevoked": ".org_aerial_consent_revoked",
    "OrgAerialGrantNotFound": ".org_aerial_grant_not_found",
    "OrgBillingContactType": ".org_billing_contact_type",
    "OrgBillingContactTypeLinks": ".org_billing_contact_type_links",
    "OrgCAPTCHASettings": ".org_captcha_settings",
    "OrgCAPTCHASettingsLinks": ".org_captcha_settings_links",
    "OrgContactType": ".org_contact_type",
    "OrgContactUser": ".org_contact_user",
    "OrgContactUserLinks": ".org_contact_user_links",
    "OrgCreationAdmin": ".org_creation_admin",
    "OrgCreationAdminCredentials": ".org_creation_admin_credentials",
    "OrgCreationAdminCredentialsPassword": ".org_creation_admin_credentials_password",
    "OrgCreationAdminProfile": ".org_creation_admin_profile",
    "OrgCrossAppAccessConnection": ".org_cross_app_access_connection",
    "OrgCrossAppAccessConnectionPatchRequest": ".org_cross_app_access_connection_patch_request",
    "OrgCrossAppAccessConnectionPatchRequestStatus": ".org_cross_app_access_connection_patch_request_status",
    "OrgCrossAppAccessConnectionStatus": ".org_cross_app_access_connection_status",
    "OrgGeneralSettingLinks": ".org_general_setting_links",
    "OrgOktaCommunicationSetting": ".org_okta_communication_setting",
    "OrgOktaCommunicationSettingLinks": ".org_okta_communication_setting_links",
    "OrgOktaSupportSetting": ".org_okta_support_setting",
    "OrgOktaSupportSettingsObj": ".org_okta_support_settings_obj",
    "OrgOktaSupportSettingsObjLinks": ".org_okta_support_settings_obj_links",
    "OrgPreferences": ".org_preferences",
    "OrgPreferencesLinks": ".org_preferences_links",
    "OrgSetting": ".org_setting",
    "OrgSettingStatus": ".org_setting_status",
    "OrgTechnicalContactType": ".org_technical_contact_type",
    "OrgTechnicalContactTypeLinks": ".org_technical_contact_type_links",
    "OrganizationalUnit": ".organizational_unit",
    "OSAccount": ".os_account",
    "OSAccountDisplayName": ".os_account_display_name",
    "OSAccountEmbedded": ".os_account_embedded",
    "OSAccountLinks": ".os_account_links",
    "OSAccountMacOS": ".os_account_mac_os",
    "OSAccountPlatform": ".os_account_platform",
    "OSAccountStatus": ".os_account_status",
    "OSAccountWindows": ".os_account_windows",
    "OSVersion": ".os_version",
    "OSVersionConstraint": ".os_version_constraint",
    "OSVersionConstraintDynamicVersionRequirement": ".os_version_constraint_dynamic_version_requirement",
    "OSVersionConstraintDynamicVersionRequirementType": ".os_version_constraint_dynamic_version_requirement_type",
    "OSVersionConstraintMajorVersionConstraint": ".os_version_constraint_major_version_constraint",
    "OSVersionDynamicVersionRequirement": ".os_version_dynamic_version_requirement",
    "OSVersionDynamicVersionRequirementType": ".os_version_dynamic_version_requirement_type",
    "OSVersionFourComponents": ".os_version_four_components",
    "OSVersionThreeComponents": ".os_version_three_components",
    "OtpProtocol": ".otp_protocol",
    "OtpTotpAlgorithm": ".otp_totp_algorithm",
    "OtpTotpEncoding": ".otp_totp_encoding",
    "PageRoot": ".page_root",
    "PageRootEmbedded": ".page_root_embedded",
    "PageRootLinks": ".page_root_links",
    "Parameters": ".parameters",
    "ParametersAction": ".parameters_action",
    "PasswordCredential": ".password_credential",
    "PasswordCredentialHash": ".password_credential_hash",
    "PasswordCredentialHashAlgorithm": ".password_credential_hash_algorithm",
    "PasswordCredentialHook": ".password_credential_hook",
    "PasswordDictionary": ".password_dictionary",
    "PasswordDictionaryCommon": ".password_dictionary_common",
    "PasswordExpirationPolicyRuleCondition": ".password_expiration_policy_rule_condition",
    "PasswordImportRequest": ".password_import_request",
    "PasswordImportRequestData": ".password_import_request_data",
    "PasswordImportRequestDataAction": ".password_import_request_data_action",
    "PasswordImportRequestDataContext": ".password_import_request_data_context",
    "PasswordImportRequestDataContextCredential": ".password_import_request_data_context_credential",
    "PasswordImportRequestExecute": ".password_import_request_execute",
    "PasswordImportResponse": ".password_import_response",
    "PasswordImportResponseCommandsItem": ".password_import_response_commands_item",
    "PasswordImportResponseCommandsItemValue": ".password_import_response_commands_item_value",
    "PasswordImportResponseCommandsItemValueCredential": ".password_import_response_commands_item_value_credential",
    "PasswordPolicy": ".password_policy",
    "PasswordPolicyAuthenticationProviderCondition": ".password_policy_authentication_provider_condition",
    "PasswordPolicyAuthenticationProviderType": ".password_policy_authentication_provider_type",
    "PasswordPolicyConditions": ".password_policy_conditions",
    "PasswordPolicyConditionsPeople": ".password_policy_conditions_people",
    "PasswordPolicyConditionsPeopleGroups": ".password_policy_conditions_people_groups",
    "PasswordPolicyDelegationSettings": ".password_policy_delegation_settings",
    "PasswordPolicyDelegationSettingsOptions": ".password_policy_delegation_settings_options",
    "PasswordPolicyPasswordSettings": ".password_policy_password_settings",
    "PasswordPolicyPasswordSettingsAge": ".password_policy_password_settings_age",
    "PasswordPolicyPasswordSettingsBreachedProtection": ".password_policy_password_settings_breached_protection",
    "PasswordPolicyPasswordSettingsComplexity": ".password_policy_password_settings_complexity",
    "PasswordPolicyPasswordSettingsLockout": ".password_policy_password_settings_lockout",
    "PasswordPolicyRecoveryEmail": ".password_policy_recovery_email",
    "PasswordPolicyRecoveryEmailProperties": ".password_policy_recovery_email_properties",
    "PasswordPolicyRecoveryEmailRecoveryToken": ".password_policy_recovery_email_recovery_token",
    "PasswordPolicyRecoveryFactorSettings": ".password_policy_recovery_factor_settings",
    "PasswordPolicyRecoveryFactors": ".password_policy_recovery_factors",
    "PasswordPolicyRecoveryQuestion": ".password_policy_recovery_question",
    "PasswordPolicyRecoveryQuestionComplexity": ".password_policy_recovery_question_complexity",
    "PasswordPolicyRecoveryQuestionProperties": ".password_policy_recovery_question_properties",
    "PasswordPolicyRecoverySettings": ".password_policy_recovery_settings",
    "PasswordPolicyRule": ".password_policy_rule",
    "PasswordPolicyRuleAction": ".password_policy_rule_action",
    "PasswordPolicyRuleActions": ".password_policy_rule_actions",
    "PasswordPolicyRuleConditions": ".password_policy_rule_conditions",
    "PasswordPolicySettings": ".password_policy_settings",
    "PasswordProtectionWarningTrigger": ".password_protection_warning_trigger",
    "PasswordSettingObject": ".password_setting_object",
    "PatchAction": ".patch_action",
    "PerClientRateLimitMode": ".per_client_rate_limit_mode",
    "PerClientRateLimitSettings": ".per_client_rate_limit_settings",
    "PerClientRateLimitSettingsUseCaseModeOverrides": ".per_client_rate_limit_settings_use_case_mode_overrides",
    "Permission": ".permission",
    "PermissionConditions": ".permission_conditions",
    "PermissionLinks": ".permission_links",
    "Permissions": ".permissions",
    "PersonalAppsBlockList": ".personal_apps_block_list",
    "PinRequest": ".pin_request",
    "PinRequestFulfillmentProvider": ".pin_request_fulfillment_provider",
    "PipelineType": ".pipeline_type",
    "Platform": ".platform",
    "PlatformConditionEvaluatorPlatform": ".platform_condition_evaluator_platform",
    "PlatformConditionEvaluatorPlatformOperatingSystem": ".platform_condition_evaluator_platform_operating_system",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersion": ".platform_condition_evaluator_platform_operating_system_version",
    "PlatformConditionOperatingSystemVersionMatchType": ".platform_condition_operating_system_version_match_type",
    "PlatformPolicyRuleCondition": ".platform_policy_rule_condition",
    "PlayProtectVerdict": ".play_protect_verdict",
    "Policy": ".policy",
    "PolicyAccess": ".policy_access",
    "PolicyAccountLink": ".policy_account_link",
    "PolicyAccountLinkAction": ".policy_account_link_action",
    "PolicyAccountLinkFilter": ".policy_account_link_filter",
    "PolicyAccountLinkFilterGroups": ".policy_account_link_filter_groups",
    "PolicyAccountLinkFilterUsers": ".policy_account_link_filter_users",
    "PolicyCommon": ".policy_common",
    "PolicyContext": ".policy_context",
    "PolicyContextDevice": ".policy_context_device",
    "PolicyContextGroups": ".policy_context_groups",
    "PolicyContextRisk": ".policy_context_risk",
    "PolicyContextRiskLevel": ".policy_context_risk_level",
    "PolicyContextRiskMinRiskLevel": ".policy_context_risk_min_risk_level",
    "PolicyContextUser": ".policy_context_user",
    "PolicyContextZones": ".policy_context_zones",
    "PolicyLinks": ".policy_links",
    "PolicyMapping": ".policy_mapping",
    "PolicyMappingLinks": ".policy_mapping_links",
    "PolicyMappingRequest": ".policy_mapping_request",
    "PolicyMappingResourceType": ".policy_mapping_resource_type",
    "PolicyNetworkCondition": ".policy_network_condition",
    "PolicyNetworkConnection": ".policy_network_connection",
    "PolicyPeopleCondition": ".policy_people_condition",
    "PolicyPlatformOperatingSystemType": ".policy_platform_operating_system_type",
    "PolicyPlatformType": ".policy_platform_type",
    "PolicyRule": ".policy_rule",
    "PolicyRuleActions": ".policy_rule_actions",
    "PolicyRuleActionsEnroll": ".policy_rule_actions_enroll",
    "PolicyRuleActionsEnrollSelf": ".policy_rule_actions_enroll_self",
    "PolicyRuleAuthContextCondition": ".policy_rule_auth_context_condition",
    "PolicyRuleAuthContextType": ".policy_rule_auth_context_type",
    "PolicyRuleConditions": ".policy_rule_conditions",
    "PolicyRuleType": ".policy_rule_type",
    "PolicyRuleVerificationMethodType": ".policy_rule_verification_method_type",
    "PolicySubject": ".policy_subject",
    "PolicySubjectMatchType": ".policy_subject_match_type",
    "PolicyType": ".policy_type",
    "PolicyTypeSimulation": ".policy_type_simulation",
    "PolicyUserNameTemplate": ".policy_user_name_template",
    "PolicyUserStatus": ".policy_user_status",
    "PossessionConstraint": ".possession_constraint",
    "PossessionConstraintDeviceBound": ".possession_constraint_device_bound",
    "PossessionConstraintHardwareProtection": ".possession_constraint_hardware_protection",
    "PossessionConstraintPhishingResistant": ".possession_constraint_phishing_resistant",
    "PossessionConstraintUserPresence": ".possession_constraint_user_presence",
    "PossessionConstraintUserVerification": ".possession_constraint_user_verification",
    "PossessionConstraintUserVerificationMethodsItem": ".possession_constraint_user_verification_methods_item",
    "PostAPIServiceIntegrationInstance": ".post_api_service_integration_instance",
    "PostAPIServiceIntegrationInstanceRequest": ".post_api_service_integration_instance_request",
    "PostAuthKeepMeSignedInPrompt": ".post_auth_keep_me_signed_in_prompt",
    "PostAuthSessionFailureActionsObject": ".post_auth_session_failure_actions_object",
    "PostAuthSessionFailureActionsObjectAction": ".post_auth_session_failure_actions_object_action",
    "PostAuthSessionPolicy": ".post_auth_session_policy",
    "PostAuthSessionPolicyRule": ".post_auth_session_policy_rule",
    "PostAuthSessionPolicyRuleActions": ".post_auth_session_policy_rule_actions",
    "PostAuthSessionPolicyRuleActionsPostAuthSession": ".post_auth_session_policy_rule_actions_post_auth_session",
    "PostAuthSessionPolicyRuleConditions": ".post_auth_session_policy_rule_conditions",
    "PostAuthSessionPolicyRuleRunWorkflow": ".post_auth_session_policy_rule_run_workflow",
    "PostAuthSessionPolicyRuleRunWorkflowAction": ".post_auth_session_policy_rule_run_workflow_action",
    "PostAuthSessionPolicyRuleRunWorkflowWorkflow": ".post_auth_session_policy_rule_run_workflow_workflow",
    "PostAuthSessionPolicyRuleTerminateSession": ".post_auth_session_policy_rule_terminate_session",
    "PostAuthSessionPolicyRuleTerminateSessionAction": ".post_auth_session_policy_rule_terminate_session_action",
    "PreRegistrationInlineHook": ".pre_registration_inline_hook",
    "PrincipalRateLimitEntity": ".principal_rate_limit_entity",
    "PrincipalType": ".principal_type",
    "PrivilegedResource": ".privileged_resource",
    "PrivilegedResourceAccountAppRequest": ".privileged_resource_account_app_request",
    "PrivilegedResourceAccountAppResponse": ".privileged_resource_account_app_response",
    "PrivilegedResourceAccountOkta": ".privileged_resource_account_okta",
    "PrivilegedResourceCredentials": ".privileged_resource_credentials",
    "PrivilegedResourceFilters": ".privileged_resource_filters",
    "PrivilegedResourceStatus": ".privileged_resource_status",
    "PrivilegedResourceType": ".privileged_resource_type",
    "PrivilegedResourceUpdateRequest": ".privileged_resource_update_request",
    "Profile": ".profile",
    "ProfileEnrollmentPolicy": ".profile_enrollment_policy",
    "ProfileEnrollmentPolicyRule": ".profile_enrollment_policy_rule",
    "ProfileEnrollmentPolicyRuleAction": ".profile_enrollment_policy_rule_action",
    "ProfileEnrollmentPolicyRuleActionAccess": ".profile_enrollment_policy_rule_action_access",
    "ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction": ".profile_enrollment_policy_rule_action_progressive_profiling_action",
    "ProfileEnrollmentPolicyRuleActionUnknownUserAction": ".profile_enrollment_policy_rule_action_unknown_user_action",
    "ProfileEnrollmentPolicyRuleActions": ".profile_enrollment_policy_rule_actions",
    "ProfileEnrollmentPolicyRuleActivationRequirement": ".profile_enrollment_policy_rule_activation_requirement",
    "ProfileEnrollmentPolicyRuleProfileAttribute": ".profile_enrollment_policy_rule_profile_attribute",
    "ProfileMapping": ".profile_mapping",
    "ProfileMappingProperty": ".profile_mapping_property",
    "ProfileMappingPropertyPushStatus": ".profile_mapping_property_push_status",
    "ProfileMappingRequest": ".profile_mapping_request",
    "ProfileMappingSource": ".profile_mapping_source",
    "ProfileMappingTarget": ".profile_mapping_target",
    "ProfileSettingObject": ".profile_setting_object",
    "Protocol": ".protocol",
    "ProtocolAlgorithmRequestScope": ".protocol_algorithm_request_scope",
    "ProtocolAlgorithmResponseScope": ".protocol_algorithm_response_scope",
    "ProtocolEndpointBinding": ".protocol_endpoint_binding",
    "ProtocolIdVerification": ".protocol_id_verification",
    "ProtocolIdVerificationType": ".protocol_id_verification_type",
    "ProtocolMtls": ".protocol_mtls",
    "ProtocolMtlsType": ".protocol_mtls_type",
    "ProtocolOAuth": ".protocol_o_auth",
    "ProtocolOAuthType": ".protocol_o_auth_type",
    "ProtocolOidc": ".protocol_oidc",
    "ProtocolOidcType": ".protocol_oidc_type",
    "ProtocolSaml": ".protocol_saml",
    "ProtocolSamlType": ".protocol_saml_type",
    "ProviderType": ".provider_type",
    "Provisioning": ".provisioning",
    "ProvisioningAction": ".provisioning_action",
    "ProvisioningCapability": ".provisioning_capability",
    "ProvisioningCapabilityCapability": ".provisioning_capability_capability",
    "ProvisioningCapabilitySupportedProtocolsItem": ".provisioning_capability_supported_protocols_item",
    "ProvisioningConditions": ".provisioning_conditions",
    "ProvisioningConnectionAuthScheme": ".provisioning_connection_auth_scheme",
    "ProvisioningConnectionOauthAuthScheme": ".provisioning_connection_oauth_auth_scheme",
    "ProvisioningConnectionOauthRequest": ".provisioning_connection_oauth_request",
    "ProvisioningConnectionOauthRequestProfile": ".provisioning_connection_oauth_request_profile",
    "ProvisioningConnectionProfileOauth": ".provisioning_connection_profile_oauth",
    "ProvisioningConnectionRequest": ".provisioning_connection_request",
    "ProvisioningConnectionRequestAuthScheme": ".provisioning_connection_request_auth_scheme",
    "ProvisioningConnectionResponse": ".provisioning_connection_response",
    "ProvisioningConnectionResponseProfile": ".provisioning_connection_response_profile",
    "ProvisioningConnectionStatus": ".provisioning_connection_status",
    "ProvisioningConnectionTokenAuthScheme": ".provisioning_connection_token_auth_scheme",
    "ProvisioningConnectionTokenRequest": ".provisioning_connection_token_request",
    "ProvisioningConnectionTokenRequestProfile": ".provisioning_connection_token_request_profile",
    "ProvisioningDeprovisionedAction": ".provisioning_deprovisioned_action",
    "ProvisioningDeprovisionedCondition": ".provisioning_deprovisioned_condition",
    "ProvisioningDetails": ".provisioning_details",
    "ProvisioningDetailsFeaturesItem": ".provisioning_details_features_item",
    "ProvisioningGroups": ".provisioning_groups",
    "ProvisioningGroupsAction": ".provisioning_groups_action",
    "ProvisioningSuspendedAction": ".provisioning_suspended_action",
    "ProvisioningSuspendedCondition": ".provisioning_suspended_condition",
    "PublicAppleAppSiteWellKnownURI": ".public_apple_app_site_well_known_uri",
    "PublicAssetLinksWellKnownURIItem": ".public_asset_links_well_known_uri_item",
    "PublicWebauthnSiteWellKnownURI": ".public_webauthn_site_well_known_uri",
    "PushMethodKeyProtection": ".push_method_key_protection",
    "PushProvider": ".push_provider",
    "RateLimitAdminNotifications": ".rate_limit_admin_notifications",
    "RateLimitWarningThresholdRequest": ".rate_limit_warning_threshold_request",
    "RateLimitWarningThresholdResponse": ".rate_limit_warning_threshold_response",
    "Realm": ".realm",
    "RealmAssignment": ".realm_assignment",
    "RealmAssignmentOperationResponse": ".realm_assignment_operation_response",
    "RealmAssignmentOperationResponseAssignmentOperation": ".realm_assignment_operation_response_assignment_operation",
    "RealmAssignmentOperationResponseAssignmentOperationConfiguration": ".realm_assignment_operation_response_assignment_operation_configuration",
    "RealmAssignmentOperationResponseAssignmentOperationConfigurationActions": ".realm_assignment_operation_response_assignment_operation_configuration_actions",
    "RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm": ".realm_assignment_operation_response_assignment_operation_configuration_actions_assign_user_to_realm",
    "RealmProfile": ".realm_profile",
    "RealmProfileRealmType": ".realm_profile_realm_type",
    "RecoveryQuestionCredential": ".recovery_question_credential",
    "RefreshToken": ".refresh_token",
    "RegistrationInlineHook": ".registration_inline_hook",
    "RegistrationInlineHookCommand": ".registration_inline_hook_command",
    "RegistrationInlineHookCommandType": ".registration_inline_hook_command_type",
    "RegistrationInlineHookPPData": ".registration_inline_hook_pp_data",
    "RegistrationInlineHookPPDataData": ".registration_inline_hook_pp_data_data",
    "RegistrationInlineHookPPDataDataContext": ".registration_inline_hook_pp_data_data_context",
    "RegistrationInlineHookPPDataDataContextUser": ".registration_inline_hook_pp_data_data_context_user",
    "RegistrationInlineHookPPDataDataContextUserLinks": ".registration_inline_hook_pp_data_data_context_user_links",
    "RegistrationInlineHookRequest": ".registration_inline_hook_request",
    "RegistrationInlineHookRequestType": ".registration_inline_hook_request_type",
    "RegistrationInlineHookResponse": ".registration_inline_hook_response",
    "RegistrationInlineHookSSRData": ".registration_inline_hook_ssr_data",
    "RegistrationInlineHookSSRDataData": ".registration_inline_hook_ssr_data_data",
    "RegistrationInlineHookSSRDataDataContext": ".registration_inline_hook_ssr_data_data_context",
    "RegistrationResponse": ".registration_response",
    "RegistrationResponseCommandsItem": ".registration_response_commands_item",
    "RegistrationResponseError": ".registration_response_error",
    "RegistrationResponseErrorErrorCausesItem": ".registration_response_error_error_causes_item",
    "ReleaseChannel": ".release_channel",
    "ReplaceBrandWellKnownUriPath": ".replace_brand_well_known_uri_path",
    "ReplaceEmailDomainExpandItem": ".replace_email_domain_expand_item",
    "ReplaceGroupBody": ".replace_group_body",
    "ReplaceOrgContactUserContactType": ".replace_org_contact_user_contact_type",
    "ReplaceUserClassification": ".replace_user_classification",
    "RequesterField": ".requester_field",
    "RequesterFieldType": ".requester_field_type",
    "RequesterFieldValue": ".requester_field_value",
    "RequiredEnum": ".required_enum",
    "ResendUserFactor": ".resend_user_factor",
    "ResendUserFactorFactorType": ".resend_user_factor_factor_type",
    "ResetPasswordToken": ".reset_password_token",
    "ResourceConditions": ".resource_conditions",
    "ResourceConditionsExclude": ".resource_conditions_exclude",
    "ResourceServerJsonWebKey": ".resource_server_json_web_key",
    "ResourceServerJsonWebKeys": ".resource_server_json_web_keys",
    "ResourceSet": ".resource_set",
    "ResourceSetBindingAddMembersRequest": ".resource_set_binding_add_members_request",
    "ResourceSetBindingCreateRequest": ".resource_set_binding_create_request",
    "ResourceSetBindingEditResponse": ".resource_set_binding_edit_response",
    "ResourceSetBindingEditResponseLinks": ".resource_set_binding_edit_response_links",
    "ResourceSetBindingMember": ".resource_set_binding_member",
    "ResourceSetBindingMembers": ".resource_set_binding_members",
    "ResourceSetBindingMembersLinks": ".resource_set_binding_members_links",
    "ResourceSetBindingResponse": ".resource_set_binding_response",
    "ResourceSetBindingResponseLinks": ".resource_set_binding_response_links",
    "ResourceSetBindingRole": ".resource_set_binding_role",
    "ResourceSetBindingRoleLinks": ".resource_set_binding_role_links",
    "ResourceSetBindings": ".resource_set_bindings",
    "ResourceSetBindingsLinks": ".resource_set_bindings_links",
    "ResourceSetLinks": ".resource_set_links",
    "ResourceSetResource": ".resource_set_resource",
    "ResourceSetResourceLinks": ".resource_set_resource_links",
    "ResourceSetResourcePatchRequest": ".resource_set_resource_patch_request",
    "ResourceSetResourcePostRequest": ".resource_set_resource_post_request",
    "ResourceSetResourcePutRequest": ".resource_set_resource_put_request",
    "ResourceSetResources": ".resource_set_resources",
    "ResourceSetResourcesLinks": ".resource_set_resources_links",
    "ResourceSets": ".resource_sets",
    "ResponseLinks": ".response_links",
    "ResponseMode": ".response_mode",
    "ResponseType": ".response_type",
    "ResponseTypesSupported": ".response_types_supported",
    "RevokeRefreshTokenHrefObject": ".revoke_refresh_token_href_object",
    "RiscIdentifierChangedEvent": ".risc_identifier_changed_event",
    "RiskDetectionTypesPolicyRuleCondition": ".risk_detection_types_policy_rule_condition",
    "RiskEvent": ".risk_event",
    "RiskEventSubject": ".risk_event_subject",
    "RiskEventSubjectRiskLevel": ".risk_event_subject_risk_level",
    "RiskPolicyRuleCondition": ".risk_policy_rule_condition",
    "RiskProvider": ".risk_provider",
    "RiskProviderAction": ".risk_provider_action",
    "RiskScorePolicyRuleCondition": ".risk_score_policy_rule_condition",
    "RiskScorePolicyRuleConditionLevel": ".risk_score_policy_rule_condition_level",
    "Role": ".role",
    "RoleAssignedUser": ".role_assigned_user",
    "RoleAssignedUsers": ".role_assigned_users",
    "RoleAssignmentType": ".role_assignment_type",
    "RoleGovernance": ".role_governance",
    "RoleGovernanceResource": ".role_governance_resource",
    "RoleGovernanceResources": ".role_governance_resources",
    "RoleGovernanceResourcesLinks": ".role_governance_resources_links",
    "RoleGovernanceSource": ".role_governance_source",
    "RoleGovernanceSourceLinks": ".role_governance_source_links",
    "RoleTarget": ".role_target",
    "RoleType": ".role_type",
    "RotatePasswordRequest": ".rotate_password_request",
    "SafeBrowsingProtectionLevel": ".safe_browsing_protection_level",
    "SalesforceApplication": ".salesforce_application",
    "SalesforceApplicationSettings": ".salesforce_application_settings",
    "SalesforceApplicationSettingsApplication": ".salesforce_application_settings_application",
    "SalesforceApplicationSettingsApplicationInstanceType": ".salesforce_application_settings_application_instance_type",
    "SalesforceApplicationSettingsApplicationIntegrationType": ".salesforce_application_settings_application_integration_type",
    "SalesforceApplicationSignOnMode": ".salesforce_application_sign_on_mode",
    "Saml": ".saml",
    "Saml11Application": ".saml_11_application",
    "Saml11ApplicationSettings": ".saml_11_application_settings",
    "Saml11ApplicationSettingsSignOn": ".saml_11_application_settings_sign_on",
    "SamlAcsEndpoint": ".saml_acs_endpoint",
    "SamlAcsItem": ".saml_acs_item",
    "SamlAlgorithms": ".saml_algorithms",
    "SamlApplication": ".saml_application",
    "SamlApplicationSettings": ".saml_application_settings",
    "SamlApplicationSettingsSignOn": ".saml_application_settings_sign_on",
    "SamlApplicationSettingsSignOnAuthnContextClassRef": ".saml_application_settings_sign_on_authn_context_class_ref",
    "SamlApplicationSettingsSignOnDigestAlgorithm": ".saml_application_settings_sign_on_digest_algorithm",
    "SamlApplicationSettingsSignOnSignatureAlgorithm": ".saml_application_settings_sign_on_signature_algorithm",
    "SamlApplicationSettingsSignOnSubjectNameIdFormat": ".saml_application_settings_sign_on_subject_name_id_format",
    "SamlAssertionEncryption": ".saml_assertion_encryption",
    "SamlAssertionEncryptionEncryptionAlgorithm": ".saml_assertion_encryption_encryption_algorithm",
    "SamlAssertionEncryptionKeyTransportAlgorithm": ".saml_assertion_encryption_key_transport_algorithm",
    "SamlAttributeStatementExpression": ".saml_attribute_statement_expression",
    "SamlAttributeStatementExpressionNamespace": ".saml_attribute_statement_expression_namespace",
    "SamlAttributeStatementGroup": ".saml_attribute_statement_group",
    "SamlAttributeStatementGroupFilterType": ".saml_attribute_statement_group_filter_type",
    "SamlAttributeStatementGroupNamespace": ".saml_attribute_statement_group_namespace",
    "SamlClaimsItem": ".saml_claims_item",
    "SamlCredentials": ".saml_credentials",
    "SamlEndpointType": ".saml_endpoint_type",
    "SamlEndpoints": ".saml_endpoints",
    "SAMLHookResponse": ".saml_hook_response",
    "SAMLHookResponseCommandsItem": ".saml_hook_response_commands_item",
    "SAMLHookResponseCommandsItemValueItem": ".saml_hook_response_commands_item_value_item",
    "SAMLHookResponseCommandsItemValueItemValueType2": ".saml_hook_response_commands_item_value_item_value_type_2",
    "SAMLHookResponseError": ".saml_hook_response_error",
    "SamlNameIdFormat": ".saml_name_id_format",
    "SAMLPayLoad": ".saml_pay_load",
    "SAMLPayLoadData": ".saml_pay_load_data",
    "SAMLPayLoadDataAssertion": ".saml_pay_load_data_assertion",
    "SAMLPayLoadDataAssertionAuthentication": ".saml_pay_load_data_assertion_authentication",
    "SAMLPayLoadDataAssertionAuthenticationAuthnContext": ".saml_pay_load_data_assertion_authentication_authn_context",
    "SAMLPayLoadDataAssertionClaims": ".saml_pay_load_data_assertion_claims",
    "SAMLPayLoadDataAssertionClaimsAdditionalProperty": ".saml_pay_load_data_assertion_claims_additional_property",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem": ".saml_pay_load_data_assertion_claims_additional_property_attribute_values_item",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes": ".saml_pay_load_data_assertion_claims_additional_property_attribute_values_item_attributes",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes": ".saml_pay_load_data_assertion_claims_additional_property_attributes",
    "SAMLPayLoadDataAssertionConditions": ".saml_pay_load_data_assertion_conditions",
    "SAMLPayLoadDataAssertionLifetime": ".saml_pay_load_data_assertion_lifetime",
    "SAMLPayLoadDataAssertionSubject": ".saml_pay_load_data_assertion_subject",
    "SAMLPayLoadDataAssertionSubjectConfirmation": ".saml_pay_load_data_assertion_subject_confirmation",
    "SAMLPayLoadDataAssertionSubjectConfirmationData": ".saml_pay_load_data_assertion_subject_confirmation_data",
    "SAMLPayLoadDataContext": ".saml_pay_load_data_context",
    "SAMLPayLoadDataContextProtocol": ".saml_pay_load_data_context_protocol",
    "SAMLPayLoadDataContextProtocolIssuer": ".saml_pay_load_data_context_protocol_issuer",
    "SAMLPayloadExecute": ".saml_payload_execute",
    "SAMLPayloadExecuteData": ".saml_payload_execute_data",
    "SAMLPayloadExecuteDataAssertion": ".saml_payload_execute_data_assertion",
    "SAMLPayloadExecuteDataAssertionAuthentication": ".saml_payload_execute_data_assertion_authentication",
    "SAMLPayloadExecuteDataAssertionAuthenticationAuthnContext": ".saml_payload_execute_data_assertion_authentication_authn_context",
    "SAMLPayloadExecuteDataAssertionClaims": ".saml_payload_execute_data_assertion_claims",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalProperty": ".saml_payload_execute_data_assertion_claims_additional_property",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem": ".saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes": ".saml_payload_execute_data_assertion_claims_additional_property_attribute_values_item_attributes",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributes": ".saml_payload_execute_data_assertion_claims_additional_property_attributes",
    "SAMLPayloadExecuteDataAssertionConditions": ".saml_payload_execute_data_assertion_conditions",
    "SAMLPayloadExecuteDataAssertionLifetime": ".saml_payload_execute_data_assertion_lifetime",
    "SAMLPayloadExecuteDataAssertionSubject": ".saml_payload_execute_data_assertion_subject",
    "SAMLPayloadExecuteDataAssertionSubjectConfirmation": ".saml_payload_execute_data_assertion_subject_confirmation",
    "SAMLPayloadExecuteDataAssertionSubjectConfirmationData": ".saml_payload_execute_data_assertion_subject_confirmation_data",
    "SAMLPayloadExecuteDataContext": ".saml_payload_execute_data_context",
    "SAMLPayloadExecuteDataContextProtocol": ".saml_payload_execute_data_context_protocol",
    "SAMLPayloadExecuteDataContextProtocolIssuer": ".saml_payload_execute_data_context_protocol_issuer",
    "SamlRelayState": ".saml_relay_state",
    "SamlRelayStateFormat": ".saml_relay_state_format",
    "SamlRequestAlgorithm": ".saml_request_algorithm",
    "SamlRequestDigestAlgorithm": ".saml_request_digest_algorithm",
    "SamlRequestSignatureAlgorithm": ".saml_request_signature_algorithm",
    "SamlResponseAlgorithm": ".saml_response_algorithm",
    "SamlResponseSignatureAlgorithm": ".saml_response_signature_algorithm",
    "SamlSettings": ".saml_settings",
    "SamlSigningAlgorithm": ".saml_signing_algorithm",
    "SamlSigningCredentials": ".saml_signing_credentials",
    "SamlSloEndpoint": ".saml_slo_endpoint",
    "SamlSpCertificate": ".saml_sp_certificate",
    "SamlSsoEndpoint": ".saml_sso_endpoint",
    "SamlTrustCredentials": ".saml_trust_credentials",
    "ScheduledUserLifecycleAction": ".scheduled_user_lifecycle_action",
    "SchemeApplicationCredentials": ".scheme_application_credentials",
    "Scim": ".scim",
    "ScimScimServerConfig": ".scim_scim_server_config",
    "ScimScimServerConfigChangePassword": ".scim_scim_server_config_change_password",
    "ScimScimServerConfigPatch": ".scim_scim_server_config_patch",
    "ScopeResourceHrefObject": ".scope_resource_href_object",
    "ScreenLockComplexity": ".screen_lock_complexity",
    "ScreenLockType": ".screen_lock_type",
    "SecurePasswordStoreApplication": ".secure_password_store_application",
    "SecurePasswordStoreApplicationSettings": ".secure_password_store_application_settings",
    "SecurePasswordStoreApplicationSettingsApplication": ".secure_password_store_application_settings_application",
    "SecurityEvent": ".security_event",
    "SecurityEventReason": ".security_event_reason",
    "SecurityEventSubject": ".security_event_subject",
    "SecurityEventTokenError": ".security_event_token_error",
    "SecurityEventTokenErrorErr": ".security_event_token_error_err",
    "SecurityEventTokenJwtBody": ".security_event_token_jwt_body",
    "SecurityEventTokenJwtEvents": ".security_event_token_jwt_events",
    "SecurityEventTokenJwtHeader": ".security_event_token_jwt_header",
    "SecurityEventTokenRequestJwtBody": ".security_event_token_request_jwt_body",
    "SecurityEventTokenRequestJwtEvents": ".security_event_token_request_jwt_events",
    "SecurityEventTokenRequestJwtHeader": ".security_event_token_request_jwt_header",
    "SecurityEventsProviderRequest": ".security_events_provider_request",
    "SecurityEventsProviderResponse": ".security_events_provider_response",
    "SecurityEventsProviderResponseStatus": ".security_events_provider_response_status",
    "SecurityEventsProviderSettingsNonSSFCompliant": ".security_events_provider_settings_non_ssf_compliant",
    "SecurityEventsProviderSettingsResponse": ".security_events_provider_settings_response",
    "SecurityEventsProviderSettingsSSFCompliant": ".security_events_provider_settings_ssf_compliant",
    "SeedEnum": ".seed_enum",
    "SelfAssignedStatus": ".self_assigned_status",
    "SelfServicePasswordResetAction": ".self_service_password_reset_action",
    "SelfServicePasswordResetActionType": ".self_service_password_reset_action_type",
    "ServiceAccount": ".service_account",
    "ServiceAccountDetailsAppAccount": ".service_account_details_app_account",
    "ServiceAccountDetailsAppAccountSub": ".service_account_details_app_account_sub",
    "ServiceAccountDetailsOktaUserAccount": ".service_account_details_okta_user_account",
    "ServiceAccountDetailsOktaUserAccountSub": ".service_account_details_okta_user_account_sub",
    "ServiceAccountForUpdate": ".service_account_for_update",
    "ServiceAccountStatus": ".service_account_status",
    "ServiceAccountStatusDetail": ".service_account_status_detail",
    "ServiceAccountType": ".service_account_type",
    "Session": ".session",
    "SessionAuthenticationMethod": ".session_authentication_method",
    "SessionIdentityProvider": ".session_identity_provider",
    "SessionIdentityProviderType": ".session_identity_provider_type",
    "SessionStatus": ".session_status",
    "SessionViolationDetectionPolicy": ".session_violation_detection_policy",
    "SessionViolationDetectionPolicyEvaluation": ".session_violation_detection_policy_evaluation",
    "SessionViolationDetectionPolicyRule": ".session_violation_detection_policy_rule",
    "SessionViolationDetectionPolicyRuleActions": ".session_violation_detection_policy_rule_actions",
    "SessionViolationDetectionPolicyRuleActionsSessionViolationDetection": ".session_violation_detection_policy_rule_actions_session_violation_detection",
    "SessionViolationDetectionPolicyRuleConditions": ".session_violation_detection_policy_rule_conditions",
    "SessionViolationDetectionRiskScoreCondition": ".session_violation_detection_risk_score_condition",
    "SessionViolationDetectionRiskScoreConditionMinRiskLevel": ".session_violation_detection_risk_score_condition_min_risk_level",
    "ShowSignInWithOV": ".show_sign_in_with_ov",
    "SignInPage": ".sign_in_page",
    "SignInPageTouchPointVariant": ".sign_in_page_touch_point_variant",
    "SignInPageWidgetCustomizations": ".sign_in_page_widget_customizations",
    "SignOnInlineHook": ".sign_on_inline_hook",
    "SigningAlgorithm": ".signing_algorithm",
    "SimulatePolicyBody": ".simulate_policy_body",
    "SimulatePolicyEvaluations": ".simulate_policy_evaluations",
    "SimulatePolicyEvaluationsEvaluated": ".simulate_policy_evaluations_evaluated",
    "SimulatePolicyEvaluationsUndefined": ".simulate_policy_evaluations_undefined",
    "SimulatePolicyResult": ".simulate_policy_result",
    "SimulateResultConditions": ".simulate_result_conditions",
    "SimulateResultPoliciesItems": ".simulate_result_policies_items",
    "SimulateResultRules": ".simulate_result_rules",
    "SimulateResultStatus": ".simulate_result_status",
    "SingleLogout": ".single_logout",
    "SlackApplication": ".slack_application",
    "SlackApplicationSettings": ".slack_application_settings",
    "SlackApplicationSettingsApplication": ".slack_application_settings_application",
    "SlackApplicationSignOnMode": ".slack_application_sign_on_mode",
    "SloParticipate": ".slo_participate",
    "SloParticipateBindingType": ".slo_participate_binding_type",
    "SmsTemplate": ".sms_template",
    "SmsTemplateTranslations": ".sms_template_translations",
    "SmsTemplateType": ".sms_template_type",
    "SmtpAuthType": ".smtp_auth_type",
    "SocialAuthToken": ".social_auth_token",
    "SourceLinks": ".source_links",
    "SplunkEdition": ".splunk_edition",
    "SsfTransmitterCaepSessionRevokedEvent": ".ssf_transmitter_caep_session_revoked_event",
    "SsfTransmitterCaepSessionRevokedEventReasonAdmin": ".ssf_transmitter_caep_session_revoked_event_reason_admin",
    "SsfTransmitterCaepSessionRevokedEventReasonUser": ".ssf_transmitter_caep_session_revoked_event_reason_user",
    "SsfTransmitterSecurityEventSubject": ".ssf_transmitter_security_event_subject",
    "Sso": ".sso",
    "SsoCapability": ".sso_capability",
    "SsoCapabilityCapability": ".sso_capability_capability",
    "SsoCapabilitySupportedProtocolsItem": ".sso_capability_supported_protocols_item",
    "SsprPrimaryRequirement": ".sspr_primary_requirement",
    "SsprPrimaryRequirementMethodsItem": ".sspr_primary_requirement_methods_item",
    "SsprRequirement": ".sspr_requirement",
    "SsprRequirementAccessControl": ".sspr_requirement_access_control",
    "SsprSettings": ".sspr_settings",
    "SsprStepUpRequirement": ".sspr_step_up_requirement",
    "SsprStepUpRequirementMethodsItem": ".sspr_step_up_requirement_methods_item",
    "StandardRole": ".standard_role",
    "StandardRoleAssignmentSchema": ".standard_role_assignment_schema",
    "StandardRoleAssignmentSchemaType": ".standard_role_assignment_schema_type",
    "StandardRoleEmbedded": ".standard_role_embedded",
    "StandardRoleEmbeddedTargets": ".standard_role_embedded_targets",
    "StandardRoleEmbeddedTargetsCatalog": ".standard_role_embedded_targets_catalog",
    "StartOrgFailbackResponse200": ".start_org_failback_response_200",
    "StartOrgFailbackResponse200ResultsItem": ".start_org_failback_response_200_results_item",
    "StartOrgFailoverResponse200": ".start_org_failover_response_200",
    "StartOrgFailoverResponse200ResultsItem": ".start_org_failover_response_200_results_item",
    "StreamConfiguration": ".stream_configuration",
    "StreamConfigurationCreateRequest": ".stream_configuration_create_request",
    "StreamConfigurationCreateRequestFormat": ".stream_configuration_create_request_format",
    "StreamConfigurationDelivery": ".stream_configuration_delivery",
    "StreamConfigurationDeliveryMethod": ".stream_configuration_delivery_method",
    "StreamConfigurationFormat": ".stream_configuration_format",
    "StreamStatus": ".stream_status",
    "StreamStatusStatus": ".stream_status_status",
    "StreamVerificationRequest": ".stream_verification_request",
    "Subject": ".subject",
    "SubjectFormat": ".subject_format",
    "SubjectType": ".subject_type",
    "SubmissionAction": ".submission_action",
    "SubmissionActions": ".submission_actions",
    "SubmissionCapabilities": ".submission_capabilities",
    "SubmissionCapability": ".submission_capability",
    "SubmissionRequest": ".submission_request",
    "SubmissionResponse": ".submission_response",
    "SubmissionResponseAppContactDetails": ".submission_response_app_contact_details",
    "SubmissionResponseAppContactDetailsContactType": ".submission_response_app_contact_details_contact_type",
    "SubmissionResponseAppContactDetailsContactValueType": ".submission_response_app_contact_details_contact_value_type",
    "SubmissionResponseConfig": ".submission_response_config",
    "SubmissionResponseWithApiResponse": ".submission_response_with_api_response",
    "Subscription": ".subscription",
    "SubscriptionLinks": ".subscription_links",
    "SubscriptionStatus": ".subscription_status",
    "SupportedMethods": ".supported_methods",
    "SupportedMethodsSettings": ".supported_methods_settings",
    "SupportedMethodsType": ".supported_methods_type",
    "SwaApplicationSettings": ".swa_application_settings",
    "SwaApplicationSettingsApplication": ".swa_application_settings_application",
    "TacAuthenticatorEnrollment": ".tac_authenticator_enrollment",
    "TelephonyRequest": ".telephony_request",
    "TelephonyRequestData": ".telephony_request_data",
    "TelephonyRequestDataContext": ".telephony_request_data_context",
    "TelephonyRequestDataMessageProfile": ".telephony_request_data_message_profile",
    "TelephonyRequestDataUserProfile": ".telephony_request_data_user_profile",
    "TelephonyRequestExecute": ".telephony_request_execute",
    "TelephonyResponse": ".telephony_response",
    "TelephonyResponseCommandsItem": ".telephony_response_commands_item",
    "TelephonyResponseCommandsItemValueItem": ".telephony_response_commands_item_value_item",
    "TelephonyResponseCommandsItemValueItemStatus": ".telephony_response_commands_item_value_item_status",
    "TempPassword": ".temp_password",
    "TempPassword2": ".temp_password_2",
    "TenantSettings": ".tenant_settings",
    "TestInfo": ".test_info",
    "TestInfoApiServiceTestConfiguration": ".test_info_api_service_test_configuration",
    "TestInfoOidcTestConfiguration": ".test_info_oidc_test_configuration",
    "TestInfoSamlTestConfiguration": ".test_info_saml_test_configuration",
    "TestInfoScimTestConfiguration": ".test_info_scim_test_configuration",
    "TestInfoTestAccount": ".test_info_test_account",
    "ThemeResponse": ".theme_response",
    "ThirdPartyAdminSetting": ".third_party_admin_setting",
    "ThreatInsightConfiguration": ".threat_insight_configuration",
    "ThreatInsightConfigurationAction": ".threat_insight_configuration_action",
    "TokenAuthorizationServerPolicyRuleAction": ".token_authorization_server_policy_rule_action",
    "TokenAuthorizationServerPolicyRuleActionInlineHook": ".token_authorization_server_policy_rule_action_inline_hook",
    "TokenDeliveryMode": ".token_delivery_mode",
    "TokenHookResponse": ".token_hook_response",
    "TokenHookResponseCommandsItem": ".token_hook_response_commands_item",
    "TokenHookResponseCommandsItemValueItem": ".token_hook_response_commands_item_value_item",
    "TokenHookResponseCommandsItemValueItemValueType2": ".token_hook_response_commands_item_value_item_value_type_2",
    "TokenHookResponseError": ".token_hook_response_error",
    "TokenPayLoad": ".token_pay_load",
    "TokenPayLoadData": ".token_pay_load_data",
    "TokenPayLoadDataAccess": ".token_pay_load_data_access",
    "TokenPayLoadDataContext": ".token_pay_load_data_context",
    "TokenPayLoadDataContextPolicy": ".token_pay_load_data_context_policy",
    "TokenPayLoadDataContextPolicyRule": ".token_pay_load_data_context_policy_rule",
    "TokenPayLoadDataContextProtocol": ".token_pay_load_data_context_protocol",
    "TokenPayLoadDataContextProtocolClient": ".token_pay_load_data_context_protocol_client",
    "TokenPayLoadDataContextProtocolIssuer": ".token_pay_load_data_context_protocol_issuer",
    "TokenPayLoadDataContextProtocolOriginalGrant": ".token_pay_load_data_context_protocol_original_grant",
    "TokenProtocolRequest": ".token_protocol_request",
    "TokenProtocolRequestResponseMode": ".token_protocol_request_response_mode",
    "TokenProtocolRequestResponseType": ".token_protocol_request_response_type",
    "TokenRequest": ".token_request",
    "TokenRequestData": ".token_request_data",
    "TokenRequestDataAccess": ".token_request_data_access",
    "TokenRequestDataContext": ".token_request_data_context",
    "TokenRequestDataContextPolicy": ".token_request_data_context_policy",
    "TokenRequestDataContextPolicyRule": ".token_request_data_context_policy_rule",
    "TokenRequestDataContextProtocol": ".token_request_data_context_protocol",
    "TokenRequestDataContextProtocolClient": ".token_request_data_context_protocol_client",
    "TokenRequestDataContextProtocolIssuer": ".token_request_data_context_protocol_issuer",
    "TokenRequestDataContextProtocolOriginalGrant": ".token_request_data_context_protocol_original_grant",
    "TokenResourcesHrefObject": ".token_resources_href_object",
    "TokenResponse": ".token_response",
    "TokenResponseTokenType": ".token_response_token_type",
    "TokenType": ".token_type",
    "TrendMicroApexOneServiceApplication": ".trend_micro_apex_one_service_application",
    "TrendMicroApexOneServiceApplicationSettings": ".trend_micro_apex_one_service_application_settings",
    "TrendMicroApexOneServiceApplicationSettingsApplication": ".trend_micro_apex_one_service_application_settings_application",
    "TrendMicroApexOneServiceApplicationSignOnMode": ".trend_micro_apex_one_service_application_sign_on_mode",
    "TrustedOrigin": ".trusted_origin",
    "TrustedOriginScope": ".trusted_origin_scope",
    "TrustedOriginScopeType": ".trusted_origin_scope_type",
    "TrustedOriginWrite": ".trusted_origin_write",
    "UIElement": ".ui_element",
    "UIElementOptions": ".ui_element_options",
    "UIElementOptionsFormat": ".ui_element_options_format",
    "UISchemaObject": ".ui_schema_object",
    "UISchemasResponseObject": ".ui_schemas_response_object",
    "UnconfirmedUserResponseSchema": ".unconfirmed_user_response_schema",
    "UnconfirmedUserResponseSchemaUsersItem": ".unconfirmed_user_response_schema_users_item",
    "UniversalLogoutCapability": ".universal_logout_capability",
    "UniversalLogoutCapabilityCapability": ".universal_logout_capability_capability",
    "UniversalLogoutCapabilitySupportedProtocolsItem": ".universal_logout_capability_supported_protocols_item",
    "UpdateDomain": ".update_domain",
    "UpdateEmailDomain": ".update_email_domain",
    "UpdateGroupPushMappingRequest": ".update_group_push_mapping_request",
    "UpdateIamRoleRequest": ".update_iam_role_request",
    "UpdateRealmAssignmentRequest": ".update_realm_assignment_request",
    "UpdateRealmRequest": ".update_realm_request",
    "UpdateThemeRequest": ".update_theme_request",
    "UpdateUISchema": ".update_ui_schema",
    "UpdateUserRequest": ".update_user_request",
    "UpdateUserRequestType": ".update_user_request_type",
    "UploadApplicationLogoBody": ".upload_application_logo_body",
    "UploadBrandThemeBackgroundImageBody": ".upload_brand_theme_background_image_body",
    "UploadBrandThemeFaviconBody": ".upload_brand_theme_favicon_body",
    "UploadBrandThemeLogoBody": ".upload_brand_theme_logo_body",
    "UploadYubikeyOtpTokenSeedBody": ".upload_yubikey_otp_token_seed_body",
    "UploadYubikeyOtpTokenSeedFilter": ".upload_yubikey_otp_token_seed_filter",
    "UploadYubikeyOtpTokenSeedSortBy": ".upload_yubikey_otp_token_seed_sort_by",
    "UploadYubikeyOtpTokenSeedSortOrder": ".upload_yubikey_otp_token_seed_sort_order",
    "User": ".user",
    "UserActivationToken": ".user_activation_token",
    "UserBlock": ".user_block",
    "UserBlockAppliesTo": ".user_block_applies_to",
    "UserBlockType": ".user_block_type",
    "UserClassification": ".user_classification",
    "UserCondition": ".user_condition",
    "UserCredentials": ".user_credentials",
    "UserCredentialsWritable": ".user_credentials_writable",
    "UserDevice": ".user_device",
    "UserFactor": ".user_factor",
    "UserFactorActivatePush": ".user_factor_activate_push",
    "UserFactorActivatePushResult": ".user_factor_activate_push_result",
    "UserFactorActivateRequestType0": ".user_factor_activate_request_type_0",
    "UserFactorActivateRequestType1": ".user_factor_activate_request_type_1",
    "UserFactorActivateRequestType2": ".user_factor_activate_request_type_2",
    "UserFactorActivateRequestType3": ".user_factor_activate_request_type_3",
    "UserFactorActivateRequestType4": ".user_factor_activate_request_type_4",
    "UserFactorActivateRequestType5": ".user_factor_activate_request_type_5",
    "UserFactorActivateRequestType6": ".user_factor_activate_request_type_6",
    "UserFactorActivateResponse": ".user_factor_activate_response",
    "UserFactorActivateResponseFactorType": ".user_factor_activate_response_factor_type",
    "UserFactorActivateResponseLinks": ".user_factor_activate_response_links",
    "UserFactorCall": ".user_factor_call",
    "UserFactorCallProfile": ".user_factor_call_profile",
    "UserFactorCallProvider": ".user_factor_call_provider",
    "UserFactorEmail": ".user_factor_email",
    "UserFactorEmailProfile": ".user_factor_email_profile",
    "UserFactorEmailProvider": ".user_factor_email_provider",
    "UserFactorLinks": ".user_factor_links",
    "UserFactorProvider": ".user_factor_provider",
    "UserFactorPush": ".user_factor_push",
    "UserFactorPushProfile": ".user_factor_push_profile",
    "UserFactorPushProvider": ".user_factor_push_provider",
    "UserFactorPushTransaction": ".user_factor_push_transaction",
    "UserFactorPushTransactionFactorResult": ".user_factor_push_transaction_factor_result",
    "UserFactorPushTransactionRejected": ".user_factor_push_transaction_rejected",
    "UserFactorPushTransactionRejectedLinks": ".user_factor_push_transaction_rejected_links",
    "UserFactorPushTransactionRejectedProfile": ".user_factor_push_transaction_rejected_profile",
    "UserFactorPushTransactionSuccess": ".user_factor_push_transaction_success",
    "UserFactorPushTransactionTimeout": ".user_factor_push_transaction_timeout",
    "UserFactorPushTransactionTimeoutLinks": ".user_factor_push_transaction_timeout_links",
    "UserFactorPushTransactionTimeoutProfile": ".user_factor_push_transaction_timeout_profile",
    "UserFactorPushTransactionWaitingNMC": ".user_factor_push_transaction_waiting_nmc",
    "UserFactorPushTransactionWaitingNMCLinks": ".user_factor_push_transaction_waiting_nmc_links",
    "UserFactorPushTransactionWaitingNMCProfile": ".user_factor_push_transaction_waiting_nmc_profile",
    "UserFactorPushTransactionWaitingNoNMC": ".user_factor_push_transaction_waiting_no_nmc",
    "UserFactorPushTransactionWaitingNoNMCLinks": ".user_factor_push_transaction_waiting_no_nmc_links",
    "UserFactorPushTransactionWaitingNoNMCProfile": ".user_factor_push_transaction_waiting_no_nmc_profile",
    "UserFactorResultType": ".user_factor_result_type",
    "UserFactorSecurityQuestion": ".user_factor_security_question",
    "UserFactorSecurityQuestionProfile": ".user_factor_security_question_profile",
    "UserFactorSecurityQuestionProfileQuestion": ".user_factor_security_question_profile_question",
    "UserFactorSecurityQuestionProvider": ".user_factor_security_question_provider",
    "UserFactorSMS": ".user_factor_sms",
    "UserFactorSMSProfile": ".user_factor_sms_profile",
    "UserFactorSMSProvider": ".user_factor_sms_provider",
    "UserFactorStatus": ".user_factor_status",
    "UserFactorSupported": ".user_factor_supported",
    "UserFactorSupportedEnrollment": ".user_factor_supported_enrollment",
    "UserFactorToken": ".user_factor_token",
    "UserFactorTokenFactorVerificationObject": ".user_factor_token_factor_verification_object",
    "UserFactorTokenHardware": ".user_factor_token_hardware",
    "UserFactorTokenHardwareProvider": ".user_factor_token_hardware_provider",
    "UserFactorTokenHardwareVerify": ".user_factor_token_hardware_verify",
    "UserFactorTokenHOTP": ".user_factor_token_hotp",
    "UserFactorTokenHOTPProfile": ".user_factor_token_hotp_profile",
    "UserFactorTokenHOTPProvider": ".user_factor_token_hotp_provider",
    "UserFactorTokenProfile": ".user_factor_token_profile",
    "UserFactorTokenProvider": ".user_factor_token_provider",
    "UserFactorTokenSoftwareTOTP": ".user_factor_token_software_totp",
    "UserFactorTokenSoftwareTOTPProvider": ".user_factor_token_software_totp_provider",
    "UserFactorTokenVerifyRSA": ".user_factor_token_verify_rsa",
    "UserFactorTokenVerifySymantec": ".user_factor_token_verify_symantec",
    "UserFactorType": ".user_factor_type",
    "UserFactorU2F": ".user_factor_u2f",
    "UserFactorU2FProfile": ".user_factor_u2f_profile",
    "UserFactorU2FProvider": ".user_factor_u2f_provider",
    "UserFactorVerifyRequestType0": ".user_factor_verify_request_type_0",
    "UserFactorVerifyRequestType1": ".user_factor_verify_request_type_1",
    "UserFactorVerifyRequestType10": ".user_factor_verify_request_type_10",
    "UserFactorVerifyRequestType2": ".user_factor_verify_request_type_2",
    "UserFactorVerifyRequestType3": ".user_factor_verify_request_type_3",
    "UserFactorVerifyRequestType4": ".user_factor_verify_request_type_4",
    "UserFactorVerifyRequestType5": ".user_factor_verify_request_type_5",
    "UserFactorVerifyRequestType6": ".user_factor_verify_request_type_6",
    "UserFactorVerifyRequestType7": ".user_factor_verify_request_type_7",
    "UserFactorVerifyRequestType8": ".user_factor_verify_request_type_8",
    "UserFactorVerifyRequestType9": ".user_factor_verify_request_type_9",
    "UserFactorVerifyResponse": ".user_factor_verify_response",
    "UserFactorVerifyResponseEmbedded": ".user_factor_verify_response_embedded",
    "UserFactorVerifyResponseWaiting": ".user_factor_verify_response_waiting",
    "UserFactorVerifyResponseWaitingEmbedded": ".user_factor_verify_response_waiting_embedded",
    "UserFactorVerifyResult": ".user_factor_verify_result",
    "UserFactorVerifyResultWaiting": ".user_factor_verify_result_waiting",
    "UserFactorWeb": ".user_factor_web",
    "UserFactorWebAuthn": ".user_factor_web_authn",
    "UserFactorWebAuthnProfile": ".user_factor_web_authn_profile",
    "UserFactorWebAuthnProvider": ".user_factor_web_authn_provider",
    "UserFactorWebProfile": ".user_factor_web_profile",
    "UserFactorWebProvider": ".user_factor_web_provider",
    "UserFactorYubikeyOtpToken": ".user_factor_yubikey_otp_token",
    "UserFactorYubikeyOtpTokenStatus": ".user_factor_yubikey_otp_token_status",
    "UserGetSingleton": ".user_get_singleton",
    "UserGetSingletonEmbedded": ".user_get_singleton_embedded",
    "UserGetSingletonLinks": ".user_get_singleton_links",
    "UserGetSingletonType": ".user_get_singleton_type",
    "UserIdentifierConditionEvaluatorPattern": ".user_identifier_condition_evaluator_pattern",
    "UserIdentifierMatchType": ".user_identifier_match_type",
    "UserIdentifierPolicyRuleCondition": ".user_identifier_policy_rule_condition",
    "UserIdentifierType": ".user_identifier_type",
    "UserIdentityProviderLinkRequest": ".user_identity_provider_link_request",
    "UserImportRequest": ".user_import_request",
    "UserImportRequestData": ".user_import_request_data",
    "UserImportRequestDataAction": ".user_import_request_data_action",
    "UserImportRequestDataActionResult": ".user_import_request_data_action_result",
    "UserImportRequestDataAppUser": ".user_import_request_data_app_user",
    "UserImportRequestDataAppUserProfile": ".user_import_request_data_app_user_profile",
    "UserImportRequestDataContext": ".user_import_request_data_context",
    "UserImportRequestDataContextApplication": ".user_import_request_data_context_application",
    "UserImportRequestDataContextApplicationStatus": ".user_import_request_data_context_application_status",
    "UserImportRequestDataContextJob": ".user_import_request_data_context_job",
    "UserImportRequestDataUser": ".user_import_request_data_user",
    "UserImportRequestDataUserProfile": ".user_import_request_data_user_profile",
    "UserImportRequestExecute": ".user_import_request_execute",
    "UserImportResponse": ".user_import_response",
    "UserImportResponseCommandsItem": ".user_import_response_commands_item",
    "UserImportResponseCommandsItemType": ".user_import_response_commands_item_type",
    "UserImportResponseCommandsItemValue": ".user_import_response_commands_item_value",
    "UserImportResponseError": ".user_import_response_error",
    "UserLifecycleAttributePolicyRuleCondition": ".user_lifecycle_attribute_policy_rule_condition",
    "UserLink": ".user_link",
    "UserLinks": ".user_links",
    "UserLockoutSettings": ".user_lockout_settings",
    "UserNextLogin": ".user_next_login",
    "UserPolicyRuleCondition": ".user_policy_rule_condition",
    "UserProfile": ".user_profile",
    "UserProvisioningApplicationFeature": ".user_provisioning_application_feature",
    "UserRequestSchema": ".user_request_schema",
    "UserResourceHrefObject": ".user_resource_href_object",
    "UserResponseSchema": ".user_response_schema",
    "UserRiskGetResponse": ".user_risk_get_response",
    "UserRiskGetResponseLinks": ".user_risk_get_response_links",
    "UserRiskLevelAll": ".user_risk_level_all",
    "UserRiskLevelExists": ".user_risk_level_exists",
    "UserRiskLevelExistsLinks": ".user_risk_level_exists_links",
    "UserRiskLevelNone": ".user_risk_level_none",
    "UserRiskLevelNoneLinks": ".user_risk_level_none_links",
    "UserRiskLevelPut": ".user_risk_level_put",
    "UserRiskPutResponse": ".user_risk_put_response",
    "UserRiskPutResponseLinks": ".user_risk_put_response_links",
    "UserRiskRequest": ".user_risk_request",
    "UserRiskRequestRiskLevel": ".user_risk_request_risk_level",
    "UserSchema": ".user_schema",
    "UserSchemaAttribute": ".user_schema_attribute",
    "UserSchemaAttributeDefaultType4": ".user_schema_attribute_default_type_4",
    "UserSchemaAttributeEnum": ".user_schema_attribute_enum",
    "UserSchemaAttributeFormat": ".user_schema_attribute_format",
    "UserSchemaAttributeItems": ".user_schema_attribute_items",
    "UserSchemaAttributeMaster": ".user_schema_attribute_master",
    "UserSchemaAttributeMasterPriority": ".user_schema_attribute_master_priority",
    "UserSchemaAttributeMasterType": ".user_schema_attribute_master_type",
    "UserSchemaAttributeMutabilityString": ".user_schema_attribute_mutability_string",
    "UserSchemaAttributePermission": ".user_schema_attribute_permission",
    "UserSchemaAttributeScope": ".user_schema_attribute_scope",
    "UserSchemaAttributeType": ".user_schema_attribute_type",
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
    "UserTransitioningToStatus": ".user_transitioning_to_status",
    "UserType": ".user_type",
    "UserTypeCondition": ".user_type_condition",
    "UserTypeLinks": ".user_type_links",
    "UserTypePostRequest": ".user_type_post_request",
    "UserTypePutRequest": ".user_type_put_request",
    "UserUserTypeValue": ".user_user_type_value",
    "UserVerificationEnum": ".user_verification_enum",
    "UserVerificationEnumEnrollment": ".user_verification_enum_enrollment",
    "UserVerificationEnumForVerify": ".user_verification_enum_for_verify",
    "UsersLink": ".users_link",
    "UsersUpdateRequestSchema": ".users_update_request_schema",
    "ValidationDetail": ".validation_detail",
    "ValidationDetailProvider": ".validation_detail_provider",
    "VerificationMethod": ".verification_method",
    "WebAuthnAttachmentEnum": ".web_authn_attachment_enum",
    "WebAuthnCredRequest": ".web_authn_cred_request",
    "WebAuthnCredResponse": ".web_authn_cred_response",
    "WebAuthnPreregistrationFactor": ".web_authn_preregistration_factor",
    "WebAuthnRpId": ".web_authn_rp_id",
    "WebAuthnRpIdDomain": ".web_authn_rp_id_domain",
    "WebAuthnRpIdDomainValidationStatus": ".web_authn_rp_id_domain_validation_status",
    "WebAuthnSettingResidentKeyRequirement": ".web_authn_setting_resident_key_requirement",
    "WellKnownAppAuthenticatorConfiguration": ".well_known_app_authenticator_configuration",
    "WellKnownAppAuthenticatorConfigurationSettings": ".well_known_app_authenticator_configuration_settings",
    "WellKnownAppAuthenticatorConfigurationType": ".well_known_app_authenticator_configuration_type",
    "WellKnownOrgMetadata": ".well_known_org_metadata",
    "WellKnownOrgMetadataLinks": ".well_known_org_metadata_links",
    "WellKnownSSFMetadata": ".well_known_ssf_metadata",
    "WellKnownSSFMetadataDefaultSubjects": ".well_known_ssf_metadata_default_subjects",
    "WellKnownSSFMetadataSpecUrn": ".well_known_ssf_metadata_spec_urn",
    "WellKnownURIsRoot": ".well_known_ur_is_root",
    "WellKnownURIsRootEmbedded": ".well_known_ur_is_root_embedded",
    "WellKnownURIsRootEmbeddedAppleAppSiteAssociation": ".well_known_ur_is_root_embedded_apple_app_site_association",
    "WellKnownURIsRootEmbeddedAssetlinksJson": ".well_known_ur_is_root_embedded_assetlinks_json",
    "WellKnownURIsRootEmbeddedWebauthn": ".well_known_ur_is_root_embedded_webauthn",
    "WellKnownURIsRootLinks": ".well_known_ur_is_root_links",
    "WellKnownURIArrayResponse": ".well_known_uri_array_response",
    "WellKnownURIArrayResponseLinks": ".well_known_uri_array_response_links",
    "WellKnownURIObjectResponse": ".well_known_uri_object_response",
    "WellKnownURIObjectResponseLinks": ".well_known_uri_object_response_links",
    "WellKnownURIRequest": ".well_known_uri_request",
    "WidgetConfigurationI18N": ".widget_configuration_i18n",
    "WidgetConfigurationI18NAdditionalProperty": ".widget_configuration_i18n_additional_property",
    "WidgetConfigurationThemeTokens": ".widget_configuration_theme_tokens",
    "WidgetGeneration": ".widget_generation",
    "WindowsOSAccountProfile": ".windows_os_account_profile",
    "WindowsOSAccountProfileType": ".windows_os_account_profile_type",
    "WorkflowActionProvider": ".workflow_action_provider",
    "WorkflowAvailableActionProvider": ".workflow_available_action_provider",
    "WorkflowsValidationDetailProvider": ".workflows_validation_detail_provider",
    "WsFederationApplication": ".ws_federation_application",
    "WsFederationApplicationSettings": ".ws_federation_application_settings",
    "WsFederationApplicationSettingsApplication": ".ws_federation_application_settings_application",
    "WsFederationApplicationSettingsApplicationGroupValueFormat": ".ws_federation_application_settings_application_group_value_format",
    "WsFederationApplicationSettingsApplicationUsernameAttribute": ".ws_federation_application_settings_application_username_attribute",
    "ZoomUsApplication": ".zoom_us_application",
    "ZoomUsApplicationSettings": ".zoom_us_application_settings",
    "ZoomUsApplicationSettingsApplication": ".zoom_us_application_settings_application",
    "ZoomUsApplicationSignOnMode": ".zoom_us_application_sign_on_mode",
    "ZscalerbyzApplication": ".zscalerbyz_application",
    "ZscalerbyzApplicationSettings": ".zscalerbyz_application_settings",
    "ZscalerbyzApplicationSettingsApplication": ".zscalerbyz_application_settings_application",
    "ZscalerbyzApplicationSignOnMode": ".zscalerbyz_application_sign_on_mode",
}

__all__ = (
    "AAGUIDAuthenticatorCharacteristics",
    "AAGUIDGroupObject",
    "AccessPolicy",
    "AccessPolicyConstraint",
    "AccessPolicyConstraintMethods",
    "AccessPolicyConstraints",
    "AccessPolicyConstraintTypes",
    "AccessPolicyEmbedded",
    "AccessPolicyLink",
    "AccessPolicyRule",
    "AccessPolicyRuleActions",
    "AccessPolicyRuleApplicationSignOn",
    "AccessPolicyRuleApplicationSignOnAccess",
    "AccessPolicyRuleConditions",
    "AccessPolicyRuleCustomCondition",
    "AccessTokenKeyEncryptionAlgorithm",
    "AccountLinkedEnrollment",
    "AccountLinkedEnrollmentEmbedded",
    "AccountLinkedEnrollmentProfile",
    "AccountLinkedEnrollmentProfileAuthenticationMethod",
    "AccountLinkedEnrollmentStatus",
    "AccountLinkedEnrollmentType",
    "AcsEndpoint",
    "ActionProvider",
    "ActionProviderPayloadType",
    "ActionProviderType",
    "Actions",
    "ActiveDirectoryGroupScope",
    "ActiveDirectoryGroupType",
    "AddGroupBody",
    "AdminConsoleSettings",
    "Agent",
    "AgentAction",
    "AgentPool",
    "AgentPoolUpdate",
    "AgentPoolUpdateSettingRequest",
    "AgentPoolUpdateSettingResponse",
    "AgentType",
    "AgentUpdateInstanceStatus",
    "AgentUpdateJobStatus",
    "AllowedForEnum",
    "AndroidDeviceTrust",
    "ApiService",
    "ApiServiceAuthenticationMethod",
    "ApiServiceCapability",
    "ApiServiceCapabilityCapability",
    "ApiServiceCapabilitySupportedProtocolsItem",
    "APIServiceIntegrationInstance",
    "APIServiceIntegrationInstanceSecret",
    "APIServiceIntegrationInstanceSecretStatus",
    "APIServiceIntegrationLinks",
    "APIServiceIntegrationSecretLinks",
    "ApiToken",
    "ApiTokenNetwork",
    "ApiTokenUpdate",
    "ApiTokenUpdateNetwork",
    "APNSConfiguration",
    "APNSPushProvider",
    "AppAccountContainerDetails",
    "AppAccountContainerLink",
    "AppAndInstanceConditionEvaluatorAppOrInstance",
    "AppAndInstancePolicyRuleCondition",
    "AppAndInstanceType",
    "AppConfig",
    "AppConfigActiveDirectory",
    "AppConfigType",
    "AppConnectionUserProvisionJWKList",
    "AppConnectionUserProvisionJWKResponse",
    "AppCustomHrefObject",
    "AppCustomHrefObjectHints",
    "AppGroup",
    "AppInstanceContainerStatus",
    "AppInstancePolicyRuleCondition",
    "AppInstanceProperty",
    "AppleClientSigning",
    "Application",
    "ApplicationAccessibility",
    "ApplicationCapability",
    "ApplicationCredentials",
    "ApplicationCredentialsOAuthClient",
    "ApplicationCredentialsScheme",
    "ApplicationCredentialsSigning",
    "ApplicationCredentialsSigningUse",
    "ApplicationCredentialsUsernameTemplate",
    "ApplicationCredentialsUsernameTemplatePushStatus",
    "ApplicationCredentialsUsernameTemplateType",
    "ApplicationEmbedded",
    "ApplicationExpressConfiguration",
    "ApplicationFeature",
    "ApplicationFeatures",
    "ApplicationFeatureType",
    "ApplicationGroupAssignment",
    "ApplicationGroupAssignmentLinks",
    "ApplicationLayout",
    "ApplicationLayoutElementsItem",
    "ApplicationLayoutRule",
    "ApplicationLayoutRuleCondition",
    "ApplicationLayouts",
    "ApplicationLayoutsLinks",
    "ApplicationLicensing",
    "ApplicationLifecycleStatus",
    "ApplicationLinks",
    "ApplicationSettings",
    "ApplicationSettingsEmOptInStatus",
    "ApplicationSettingsNotes",
    "ApplicationSettingsNotifications",
    "ApplicationSettingsNotificationsVpn",
    "ApplicationSettingsNotificationsVpnNetwork",
    "ApplicationSettingsNotificationsVpnNetworkConnection",
    "ApplicationSignOnMode",
    "ApplicationType",
    "ApplicationUniversalLogout",
    "ApplicationUniversalLogoutIdentityStack",
    "ApplicationUniversalLogoutProtocol",
    "ApplicationUniversalLogoutStatus",
    "ApplicationUniversalLogoutSupportType",
    "ApplicationVisibility",
    "ApplicationVisibilityAppLinks",
    "ApplicationVisibilityHide",
    "AppProperties",
    "AppPropertiesAdditionalProperty",
    "AppResourceHrefObject",
    "AppServiceAccount",
    "AppServiceAccountCredentials",
    "AppServiceAccountForUpdate",
    "AppUser",
    "AppUserAssignRequest",
    "AppUserCredentials",
    "AppUserCredentialsRequestPayload",
    "AppUserPasswordCredential",
    "AppUserProfile",
    "AppUserProfileRequestPayload",
    "AppUserScope",
    "AppUserStatus",
    "AppUserSyncState",
    "AssignedAppLink",
    "AssignGroupOwnerRequestBody",
    "AssignRoleRequest",
    "AssignUserToRealm",
    "AssociatedServerMediated",
    "AssuranceMethod",
    "AssuranceMethodFactorMode",
    "AttackProtectionAuthenticatorSettings",
    "AttestationRootCertificatesRequestItem",
    "AttestationRootCertificatesResponseItem",
    "AuthenticationMethod",
    "AuthenticationMethodChain",
    "AuthenticationMethodChainMethod",
    "AuthenticationMethodChainNextItem",
    "AuthenticationMethodHardwareProtection",
    "AuthenticationMethodObject",
    "AuthenticationMethodPhishingResistant",
    "AuthenticationMethodUserVerification",
    "AuthenticationMethodUserVerificationMethodsItem",
    "AuthenticationProvider",
    "AuthenticationProviderType",
    "AuthenticationProviderTypeWritable",
    "AuthenticationProviderWritable",
    "AuthenticatorBase",
    "AuthenticatorEnrollment",
    "AuthenticatorEnrollmentCreateRequest",
    "AuthenticatorEnrollmentCreateRequestTac",
    "AuthenticatorEnrollmentLinks",
    "AuthenticatorEnrollmentPolicy",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettings",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints",
    "AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll",
    "AuthenticatorEnrollmentPolicyAuthenticatorStatus",
    "AuthenticatorEnrollmentPolicyAuthenticatorType",
    "AuthenticatorEnrollmentPolicyConditions",
    "AuthenticatorEnrollmentPolicyConditionsPeople",
    "AuthenticatorEnrollmentPolicyConditionsPeopleGroups",
    "AuthenticatorEnrollmentPolicyRule",
    "AuthenticatorEnrollmentPolicyRuleActionEnroll",
    "AuthenticatorEnrollmentPolicyRuleActionEnrollSelf",
    "AuthenticatorEnrollmentPolicyRuleActions",
    "AuthenticatorEnrollmentPolicyRuleConditions",
    "AuthenticatorEnrollmentPolicyRuleConditionsPeople",
    "AuthenticatorEnrollmentPolicyRuleConditionsPeopleUsers",
    "AuthenticatorEnrollmentPolicySettings",
    "AuthenticatorEnrollmentPolicySettingsType",
    "AuthenticatorIdentity",
    "AuthenticatorKeyCustomApp",
    "AuthenticatorKeyCustomAppProvider",
    "AuthenticatorKeyCustomAppProviderConfiguration",
    "AuthenticatorKeyCustomAppProviderConfigurationApns",
    "AuthenticatorKeyCustomAppProviderConfigurationFcm",
    "AuthenticatorKeyCustomAppProviderType",
    "AuthenticatorKeyCustomAppSettings",
    "AuthenticatorKeyCustomOtp",
    "AuthenticatorKeyDuo",
    "AuthenticatorKeyDuoProvider",
    "AuthenticatorKeyDuoProviderConfiguration",
    "AuthenticatorKeyDuoProviderConfigurationUserNameTemplate",
    "AuthenticatorKeyDuoProviderType",
    "AuthenticatorKeyEmail",
    "AuthenticatorKeyEmailSettings",
    "AuthenticatorKeyEnum",
    "AuthenticatorKeyExternalIdp",
    "AuthenticatorKeyGoogleOtp",
    "AuthenticatorKeyOktaVerify",
    "AuthenticatorKeyOktaVerifySettings",
    "AuthenticatorKeyOnprem",
    "AuthenticatorKeyPassword",
    "AuthenticatorKeyPhone",
    "AuthenticatorKeyPhoneSettings",
    "AuthenticatorKeySecurityKey",
    "AuthenticatorKeySecurityQuestion",
    "AuthenticatorKeySecurityQuestionSettings",
    "AuthenticatorKeySmartCard",
    "AuthenticatorKeySymantecVip",
    "AuthenticatorKeyTac",
    "AuthenticatorKeyTacProvider",
    "AuthenticatorKeyTacProviderConfiguration",
    "AuthenticatorKeyTacProviderConfigurationComplexity",
    "AuthenticatorKeyTacProviderType",
    "AuthenticatorKeyWebauthn",
    "AuthenticatorKeyYubikey",
    "AuthenticatorLinks",
    "AuthenticatorMethodAlgorithm",
    "AuthenticatorMethodBase",
    "AuthenticatorMethodConstraint",
    "AuthenticatorMethodConstraintMethod",
    "AuthenticatorMethodOtp",
    "AuthenticatorMethodProperty",
    "AuthenticatorMethodPush",
    "AuthenticatorMethodPushSettings",
    "AuthenticatorMethodSignedNonce",
    "AuthenticatorMethodSignedNonceSettings",
    "AuthenticatorMethodSimple",
    "AuthenticatorMethodTac",
    "AuthenticatorMethodTotp",
    "AuthenticatorMethodTotpSettings",
    "AuthenticatorMethodTransactionType",
    "AuthenticatorMethodType",
    "AuthenticatorMethodTypeWebAuthn",
    "AuthenticatorMethodWebAuthn",
    "AuthenticatorMethodWebAuthnSettings",
    "AuthenticatorMethodWithVerifiableProperties",
    "AuthenticatorProfile",
    "AuthenticatorProfileTacRequest",
    "AuthenticatorProfileTacResponsePost",
    "AuthenticatorSimple",
    "AuthenticatorType",
    "AuthorizationServer",
    "AuthorizationServerCredentials",
    "AuthorizationServerCredentialsRotationMode",
    "AuthorizationServerCredentialsSigningConfig",
    "AuthorizationServerCredentialsUse",
    "AuthorizationServerJsonWebKey",
    "AuthorizationServerPolicy",
    "AuthorizationServerPolicyConditions",
    "AuthorizationServerPolicyLinks",
    "AuthorizationServerPolicyPeopleCondition",
    "AuthorizationServerPolicyRule",
    "AuthorizationServerPolicyRuleActions",
    "AuthorizationServerPolicyRuleConditions",
    "AuthorizationServerPolicyRuleGroupCondition",
    "AuthorizationServerPolicyRuleRequest",
    "AuthorizationServerPolicyRuleStatus",
    "AuthorizationServerPolicyRuleType",
    "AuthorizationServerPolicyRuleUserCondition",
    "AuthorizationServerPolicyStatus",
    "AuthorizationServerPolicyType",
    "AuthorizationServerResourceHrefObject",
    "AuthServerLinks",
    "AuthSettings",
    "AuthType",
    "AutoAssignAdminAppSetting",
    "AutoLoginApplication",
    "AutoLoginApplicationSettings",
    "AutoLoginApplicationSettingsSignOn",
    "AutoUpdateSchedule",
    "AvailableAction",
    "AvailableActionProvider",
    "AvailableActions",
    "AwsRegion",
    "BaseContext",
    "BaseContextSession",
    "BaseContextUser",
    "BaseContextUserLinks",
    "BaseContextUserProfile",
    "BaseEmailDomain",
    "BaseEmailServer",
    "BaseEmailServerCreate",
    "BaseToken",
    "BaseTokenToken",
    "BaseTokenTokenLifetime",
    "BasicApplicationSettings",
    "BasicApplicationSettingsApplication",
    "BasicAuthApplication",
    "BASICSMTPAUTH",
    "BASICSMTPAUTHCREATE",
    "BeforeScheduledActionPolicyRuleCondition",
    "BehaviorRule",
    "BehaviorRuleAnomalousDevice",
    "BehaviorRuleAnomalousIP",
    "BehaviorRuleAnomalousLocation",
    "BehaviorRuleASN",
    "BehaviorRuleSettings",
    "BehaviorRuleSettingsAnomalousASN",
    "BehaviorRuleSettingsAnomalousDevice",
    "BehaviorRuleSettingsAnomalousIP",
    "BehaviorRuleSettingsAnomalousLocation",
    "BehaviorRuleSettingsHistoryBased",
    "BehaviorRuleSettingsVelocity",
    "BehaviorRuleType",
    "BehaviorRuleVelocity",
    "BindingMethod",
    "BookmarkApplication",
    "BookmarkApplicationSettings",
    "BookmarkApplicationSettingsApplication",
    "BotProtectionConfiguration",
    "BotProtectionEnforcementType",
    "BotProtectionLevel",
    "BotProtectionMode",
    "BotProtectionSupportedFlow",
    "BouncesRemoveListError",
    "BouncesRemoveListObj",
    "BouncesRemoveListResult",
    "Brand",
    "BrandDomains",
    "BrandRequest",
    "BrandWithEmbedded",
    "BrandWithEmbeddedEmbedded",
    "BrandWithEmbeddedLinks",
    "BrowserPluginApplication",
    "BrowserPluginApplicationName",
    "BulkDeleteRequestBody",
    "BulkDeleteRequestBodyEntityType",
    "BulkGroupDeleteRequestBody",
    "BulkGroupMembershipsDeleteRequestBody",
    "BulkGroupMembershipsUpsertRequestBody",
    "BulkGroupUpsertRequestBody",
    "BulkGroupUpsertRequestBodyProfilesItem",
    "BulkUpsertRequestBody",
    "BulkUpsertRequestBodyEntityType",
    "BulkUpsertRequestBodyProfilesItem",
    "BundleEntitlement",
    "BundleEntitlementLinks",
    "BundleEntitlementsResponse",
    "BundleEntitlementsResponseLinks",
    "BundleLink",
    "ByDateTimeAuthenticatorGracePeriodExpiry",
    "BySkipCountAuthenticatorGracePeriod",
    "CaepCredentialChangeEvent",
    "CaepCredentialChangeEventChangeType",
    "CaepCredentialChangeEventCredentialType",
    "CaepCredentialChangeEventInitiatingEntity",
    "CaepCredentialChangeEventReasonAdmin",
    "CaepCredentialChangeEventReasonUser",
    "CaepDeviceComplianceChangeEvent",
    "CaepDeviceComplianceChangeEventCurrentStatus",
    "CaepDeviceComplianceChangeEventInitiatingEntity",
    "CaepDeviceComplianceChangeEventPreviousStatus",
    "CaepDeviceComplianceChangeEventReasonAdmin",
    "CaepDeviceComplianceChangeEventReasonUser",
    "CaepEvent",
    "CaepEventReasonAdmin",
    "CaepEventReasonUser",
    "CaepSecurityEvent",
    "CaepSecurityEventInitiatingEntity",
    "CaepSecurityEventReasonAdmin",
    "CaepSecurityEventReasonUser",
    "CaepSessionRevokedEvent",
    "CaepSessionRevokedEventInitiatingEntity",
    "CaepSessionRevokedEventReasonAdmin",
    "CaepSessionRevokedEventReasonUser",
    "CallerContext",
    "CapabilitiesCreateObject",
    "CapabilitiesImportRulesObject",
    "CapabilitiesImportRulesUserCreateAndMatchObject",
    "CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria",
    "CapabilitiesImportSettingsObject",
    "CapabilitiesInboundProvisioningObject",
    "CapabilitiesObject",
    "CapabilitiesUpdateObject",
    "Capability",
    "CAPTCHAInstance",
    "CAPTCHAType",
    "CatalogApplication",
    "CatalogApplicationLinks",
    "CatalogApplicationStatus",
    "ChallengeType",
    "ChangeEnum",
    "ChangePasswordRequest",
    "Channel",
    "ChannelBinding",
    "ChannelBindingStyle",
    "ChildOrg",
    "ChildOrgEdition",
    "ChildOrgStatus",
    "ChildOrgTokenType",
    "ChromeBrowserVersion",
    "ClassificationType",
    "Client",
    "ClientPolicyCondition",
    "ClientPrivilegesSetting",
    "ClientUpdatePolicy",
    "ClientUpdatePolicyRule",
    "ClientUpdatePolicyRuleActions",
    "ClientUpdatePolicyRuleActionsObject",
    "ClientUpdatePolicyRuleActionsObjectAction",
    "ClientUpdatePolicyRuleActionsObjectValue",
    "ClientUpdatePolicyRuleActionsUpdateControls",
    "CodeChallengeMethod",
    "Compliance",
    "Conditions",
    "ConnectionsSigningRotationMode",
    "ContentSecurityPolicySetting",
    "ContentSecurityPolicySettingMode",
    "ContextPolicyRuleCondition",
    "CreateBrandRequest",
    "CreateEmailDomainExpandItem",
    "CreateGroupPushMappingRequest",
    "CreateGroupRuleRequest",
    "CreateGroupRuleRequestType",
    "CreateIamRoleRequest",
    "CreateOrUpdatePolicy",
    "CreateRealmAssignmentRequest",
    "CreateRealmRequest",
    "CreateResourceSetRequest",
    "CreateSessionRequest",
    "CreateUISchema",
    "CreateUpdateIamRolePermissionRequest",
    "CreateUserRequest",
    "CreateUserRequestType",
    "CredentialSyncInfo",
    "CredentialSyncState",
    "Csr",
    "CSRLinks",
    "CsrMetadata",
    "CsrMetadataSubject",
    "CsrMetadataSubjectAltNames",
    "CsrPublishHrefHints",
    "CsrPublishHrefHintsAllowItem",
    "CsrSelfHrefHints",
    "CsrSelfHrefHintsAllowItem",
    "CustomAAGUIDCreateRequestObject",
    "CustomAAGUIDResponseObject",
    "CustomAAGUIDUpdateRequestObject",
    "CustomAppUserVerificationEnum",
    "CustomAuthSettings",
    "CustomizablePage",
    "CustomRole",
    "CustomRoleAssignmentSchema",
    "CustomRoleAssignmentSchemaType",
    "CustomTelephonyProviderCredentialCreateRequest",
    "CustomTelephonyProviderCredentialCreateRequestProviderCapability",
    "CustomTelephonyProviderCredentialCreateRequestProviderName",
    "CustomTelephonyProviderCredentialResponse",
    "CustomTelephonyProviderCredentialResponseProviderCapability",
    "CustomTelephonyProviderCredentialResponseProviderName",
    "CustomTelephonyProviderCredentialSendTestRequest",
    "CustomTelephonyProviderCredentialSendTestRequestFactor",
    "CustomTelephonyProviderCredentialUpdateRequest",
    "CustomTelephonyProviderSettings",
    "CustomTelephonyProviderSettingsTelesignServiceCall",
    "CustomTelephonyProviderSettingsTelesignServiceCallTelesignService",
    "CustomTelephonyProviderSettingsTelesignServiceSms",
    "CustomTelephonyProviderSettingsTelesignServiceSmsTelesignService",
    "CustomTelephonyProviderSettingsTwilioCallerId",
    "CustomTelephonyProviderSettingsTwilioMessagingService",
    "CustomTelephonyProviderSettingsTwilioPhoneNumber",
    "CustomTelephonyProviderSettingsTwilioVerify",
    "DbscCredential",
    "DbscCredentialName",
    "DbscCredentialType",
    "DbscRefreshResponse",
    "DbscScope",
    "DbscStartResponse",
    "DeactivateUserPrefer",
    "DefaultApp",
    "DeleteEmailDomainExpandItem",
    "DeleteUserPrefer",
    "DesktopMFAEnforceNumberMatchingChallengeOrgSetting",
    "DesktopMFARecoveryPinOrgSetting",
    "DetailedHookKeyInstance",
    "DetectedRiskEvents",
    "Device",
    "DeviceAccessPolicyRuleCondition",
    "DeviceAssurance",
    "DeviceAssuranceAndroidPlatform",
    "DeviceAssuranceAndroidPlatformDiskEncryptionType",
    "DeviceAssuranceAndroidPlatformScreenLockType",
    "DeviceAssuranceAndroidPlatformThirdPartySignalProviders",
    "DeviceAssuranceChromeOSPlatform",
    "DeviceAssuranceChromeOSPlatformThirdPartySignalProviders",
    "DeviceAssuranceDisplayRemediationMode",
    "DeviceAssuranceIOSPlatform",
    "DeviceAssuranceIOSPlatformScreenLockType",
    "DeviceAssuranceIOSPlatformThirdPartySignalProviders",
    "DeviceAssuranceMacOSPlatform",
    "DeviceAssuranceMacOSPlatformDiskEncryptionType",
    "DeviceAssuranceMacOSPlatformScreenLockType",
    "DeviceAssuranceMacOSPlatformThirdPartySignalProviders",
    "DeviceAssuranceWindowsPlatform",
    "DeviceAssuranceWindowsPlatformDiskEncryptionType",
    "DeviceAssuranceWindowsPlatformScreenLockType",
    "DeviceAssuranceWindowsPlatformThirdPartySignalProviders",
    "DeviceContextProvider",
    "DeviceContextProviderKey",
    "DeviceContextProviderUserIdentification",
    "DeviceDisplayName",
    "DeviceIntegrations",
    "DeviceIntegrationsMetadataType0",
    "DeviceIntegrationsMetadataType0Type",
    "DeviceIntegrationsMetadataType1",
    "DeviceIntegrationsMetadataType1Type",
    "DeviceIntegrationsMetadataType2",
    "DeviceIntegrationsMetadataType2Type",
    "DeviceIntegrationsName",
    "DeviceIntegrationsPlatform",
    "DeviceIntegrationsStatus",
    "DeviceIntegrity",
    "DeviceList",
    "DeviceListEmbedded",
    "DevicePlatform",
    "DevicePolicyMDMFramework",
    "DevicePolicyPlatformType",
    "DevicePolicyRuleCondition",
    "DevicePolicyRuleConditionAssurance",
    "DevicePolicyRuleConditionPlatform",
    "DevicePolicyTrustLevel",
    "DevicePostureCheck",
    "DevicePostureChecks",
    "DevicePostureChecksIncludeItem",
    "DevicePostureChecksMappingType",
    "DevicePostureChecksPlatform",
    "DevicePostureChecksRemediationSettings",
    "DevicePostureChecksRemediationSettingsLink",
    "DevicePostureChecksRemediationSettingsMessage",
    "DevicePostureChecksType",
    "DevicePostureIdP",
    "DeviceProfile",
    "DeviceProvider",
    "DeviceSignalCollectionPlatformConditionEvaluatorPlatform",
    "DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem",
    "DeviceSignalCollectionPlatformPolicyRuleCondition",
    "DeviceSignalCollectionPolicy",
    "DeviceSignalCollectionPolicyEmbedded",
    "DeviceSignalCollectionPolicyPlatformOperatingSystemType",
    "DeviceSignalCollectionPolicyPlatformType",
    "DeviceSignalCollectionPolicyRule",
    "DeviceSignalCollectionPolicyRuleActions",
    "DeviceSignalCollectionPolicyRuleConditions",
    "DeviceSignalCollectionPolicyRuleDeviceSignalCollection",
    "DeviceStatus",
    "DeviceUser",
    "DeviceUserManagementStatus",
    "DeviceUserScreenLockType",
    "DeviceWithProviders",
    "DigestAlgorithm",
    "DiskEncryptionTypeAndroid",
    "DiskEncryptionTypeDef",
    "DiskEncryptionTypeDesktop",
    "DNSRecordAuthenticators",
    "DNSRecordDomains",
    "DNSRecordTypeAuthenticators",
    "DNSRecordTypeDomains",
    "DomainCertificate",
    "DomainCertificateMetadata",
    "DomainCertificateSourceType",
    "DomainCertificateType",
    "DomainLinks",
    "DomainListResponse",
    "DomainRequest",
    "DomainResponse",
    "DomainValidationStatus",
    "DRStatusItem",
    "DTCChromeOS",
    "DTCMacOS",
    "DTCWindows",
    "Duration",
    "DynamicNetworkZone",
    "DynamicNetworkZoneProxyType",
    "ECKeyJWK",
    "ECKeyJWKCrv",
    "ECKeyJWKKty",
    "ECKeyJWKUse",
    "EmailContent",
    "EmailCustomization",
    "EmailCustomizationLinks",
    "EmailDefaultContent",
    "EmailDefaultContentLinks",
    "EmailDomain",
    "EmailDomainDNSRecord",
    "EmailDomainDNSRecordType",
    "EmailDomainResponse",
    "EmailDomainResponseWithEmbedded",
    "EmailDomainResponseWithEmbeddedEmbedded",
    "EmailDomainStatus",
    "EmailPreview",
    "EmailPreviewLinks",
    "EmailServerListResponse",
    "EmailSettings",
    "EmailSettingsRecipients",
    "EmailSettingsResponse",
    "EmailSettingsResponseLinks",
    "EmailSettingsResponseRecipients",
    "EmailTemplateResponse",
    "EmailTemplateResponseEmbedded",
    "EmailTemplateResponseLinks",
    "EmailTemplateTouchPointVariant",
    "EmailTestAddresses",
    "Embedded",
    "EmptyRequestSchema",
    "EnabledPagesType",
    "EnabledStatus",
    "EndpointAuthMethod",
    "EndUserDashboardTouchPointVariant",
    "EnhancedDynamicNetworkZone",
    "EnhancedDynamicNetworkZoneAsns",
    "EnhancedDynamicNetworkZoneIpServiceCategories",
    "EnhancedDynamicNetworkZoneLocations",
    "EnrollmentActivationRequest",
    "EnrollmentActivationRequestFulfillmentProvider",
    "EnrollmentActivationResponse",
    "EnrollmentActivationResponseFulfillmentProvider",
    "EnrollmentInitializationRequest",
    "EnrollmentInitializationRequestFulfillmentProvider",
    "EnrollmentInitializationResponse",
    "EnrollmentInitializationResponseFulfillmentProvider",
    "EnrollmentPolicyAuthenticatorGracePeriod",
    "EnrollmentPolicyAuthenticatorGracePeriodType",
    "EntitlementsCapability",
    "EntitlementsCapabilityCapability",
    "EntitlementsCapabilitySupportedProtocolsItem",
    "EntitlementsLink",
    "EntitlementTypesItem",
    "EntitlementTypesItemAttributes",
    "EntitlementTypesItemMappings",
    "EntitlementValue",
    "EntitlementValueLinks",
    "EntitlementValuesResponse",
    "EntitlementValuesResponseLinks",
    "EntityRiskPolicy",
    "EntityRiskPolicyRule",
    "EntityRiskPolicyRuleActionRunWorkflow",
    "EntityRiskPolicyRuleActionRunWorkflowAction",
    "EntityRiskPolicyRuleActionRunWorkflowWorkflow",
    "EntityRiskPolicyRuleActions",
    "EntityRiskPolicyRuleActionsEntityRisk",
    "EntityRiskPolicyRuleActionsObject",
    "EntityRiskPolicyRuleActionsObjectAction",
    "EntityRiskPolicyRuleActionTerminateAllSessions",
    "EntityRiskPolicyRuleActionTerminateAllSessionsAction",
    "EntityRiskPolicyRuleConditions",
    "EntityRiskScorePolicyRuleCondition",
    "EntityRiskScorePolicyRuleConditionLevel",
    "Error",
    "Error409",
    "ErrorCause",
    "ErrorPage",
    "ErrorPageTouchPointVariant",
    "EventHook",
    "EventHookChannel",
    "EventHookChannelConfig",
    "EventHookChannelConfigAuthScheme",
    "EventHookChannelConfigAuthSchemeType",
    "EventHookChannelConfigHeader",
    "EventHookChannelType",
    "EventHookFilterMapObject",
    "EventHookFilterMapObjectCondition",
    "EventHookFilters",
    "EventHookLinks",
    "EventHookStatus",
    "EventHookVerificationStatus",
    "EventSubscriptions",
    "EventSubscriptionType",
    "ExpressConfiguration",
    "ExpressConfigureCapabilityType",
    "Expression",
    "FailbackRequestSchema",
    "FailoverRequestSchema",
    "FCMConfiguration",
    "FCMPushProvider",
    "Feature",
    "FeatureLifecycle",
    "FeatureLinks",
    "FeatureLinksDependencies",
    "FeatureLinksDependents",
    "FeatureStage",
    "FeatureStageState",
    "FeatureStageValue",
    "FeatureType",
    "FederatedClaim",
    "FederatedClaimRequestBody",
    "FipsEnum",
    "ForgotPasswordResponse",
    "FulfillmentDataOrderDetails",
    "FulfillmentRequest",
    "FulfillmentRequestFulfillmentProvider",
    "GetAllCrossAppAccessConnectionsStatus",
    "GetAllWellKnownUrIsExpandItem",
    "GetAuthenticatorEnrollmentDiscloseIdentifiersItem",
    "GetBrandExpandItem",
    "GetBrandWellKnownUriPath",
    "GetDrStatusForDomainResponse200",
    "GetDrStatusResponse200",
    "GetEmailDomainExpandItem",
    "GetEmailTemplateExpandItem",
    "GetErrorPageExpandItem",
    "GetGroupRuleExpand",
    "GetOrgContactUserContactType",
    "GetRoleTargetsByUserIdAndRoleIdAssignmentType",
    "GetRootBrandWellKnownUriExpandItem",
    "GetRootBrandWellKnownUriPath",
    "GetSignInPageExpandItem",
    "GlobalTokenRevocation",
    "GlobalTokenRevocationAuthMethod",
    "GlobalTokenRevocationSubjectFormat",
    "GoogleApplication",
    "GoogleApplicationSettings",
    "GoogleApplicationSettingsApplication",
    "GoogleApplicationSignOnMode",
    "GovernanceAccessScopeType",
    "GovernanceApprovalDecision",
    "GovernanceApprovalDecisionType",
    "GovernanceApprovalProviderType",
    "GovernanceBundle",
    "GovernanceBundleCreateRequest",
    "GovernanceBundleLinks",
    "GovernanceBundlesResponse",
    "GovernanceBundlesResponseLinks",
    "GovernanceBundleUpdateRequest",
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
    "GovernanceSourceType",
    "GovernanceTargetPrincipal",
    "GovernanceTargetPrincipalType",
    "GracePeriod",
    "GracePeriodRequiredSoon",
    "GracePeriodType",
    "GrantOrTokenStatus",
    "GrantResourcesHrefObject",
    "GrantType",
    "GrantTypePolicyRuleCondition",
    "Group",
    "GroupAssignmentProfile",
    "GroupCondition",
    "GroupEmbedded",
    "GroupEmbeddedApp",
    "GroupEmbeddedStats",
    "GroupLinks",
    "GroupMembershipsRequestSchema",
    "GroupMembershipsResponseSchema",
    "GroupOwner",
    "GroupOwnerOriginType",
    "GroupOwnerType",
    "GroupPolicyRuleCondition",
    "GroupProfileResult",
    "GroupPushMapping",
    "GroupPushMappingLinks",
    "GroupPushMappingStatus",
    "GroupPushMappingStatusUpsert",
    "GroupQueryRequest",
    "GroupQueryResponse",
    "GroupRule",
    "GroupRuleAction",
    "GroupRuleConditions",
    "GroupRuleEmbedded",
    "GroupRuleEmbeddedGroupIdToGroupNameMap",
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
    "GroupsLink",
    "GroupsRequestSchema",
    "GroupsResponseSchema",
    "GroupsResponseSchemaProfile",
    "GroupType",
    "HelpLink",
    "HookKey",
    "HostedPage",
    "HostedPageType",
    "HrefCsrPublishLink",
    "HrefCsrSelfLink",
    "HrefHints",
    "HrefHintsGuidanceObject",
    "HrefObject",
    "HrefObjectActivateLink",
    "HrefObjectAppLink",
    "HrefObjectAssigneeLink",
    "HrefObjectAuthorizeLink",
    "HrefObjectBindingLink",
    "HrefObjectBindingsLink",
    "HrefObjectClientLink",
    "HrefObjectDeactivateLink",
    "HrefObjectDeleteLink",
    "HrefObjectGovernanceResourcesLink",
    "HrefObjectGrantAerialConsent",
    "HrefObjectGroupLink",
    "HrefObjectLogoLink",
    "HrefObjectMappingsLink",
    "HrefObjectMemberLink",
    "HrefObjectMembersLink",
    "HrefObjectNextLink",
    "HrefObjectPermissionsLink",
    "HrefObjectResourceSetLink",
    "HrefObjectResourceSetResourcesLink",
    "HrefObjectRetrieveAerialConsent",
    "HrefObjectRevokeAerialConsent",
    "HrefObjectRoleLink",
    "HrefObjectRulesLink",
    "HrefObjectSelfLink",
    "HrefObjectSuspendLink",
    "HrefObjectUnsuspendLink",
    "HrefObjectUserLink",
    "HrefObjectWebLink",
    "HttpMethod",
    "IAMBundleEntitlement",
    "IamRole",
    "IamRoleLinks",
    "IamRoles",
    "IdentityClaimSourcingPolicy",
    "IdentityClaimSourcingPolicyRule",
    "IdentityClaimSourcingPolicyRuleAction",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcing",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilterIncludeItem",
    "IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType",
    "IdentityProvider",
    "IdentityProviderApplicationUser",
    "IdentityProviderApplicationUserLinks",
    "IdentityProviderIssuerMode",
    "IdentityProviderLinks",
    "IdentityProviderPolicy",
    "IdentityProviderPolicyProvider",
    "IdentityProviderPolicyRuleCondition",
    "IdentityProviderProperties",
    "IdentityProviderPropertiesAdditionalAmrItem",
    "IdentityProviderPropertiesIdvMetadata",
    "IdentityProviderType",
    "IdentitySourceGroupMembershipsDeleteProfileItem",
    "IdentitySourceGroupMembershipsUpsertProfileItem",
    "IdentitySourceGroupProfileForUpsert",
    "IdentitySourceSession",
    "IdentitySourceSessionStatus",
    "IdentitySourceUserProfileForDelete",
    "IdentitySourceUserProfileForUpsert",
    "IdentitySourceUserProfileForUpsertRequired",
    "IdPCertificateCredential",
    "IdPCsr",
    "IdPCsrLinks",
    "IdpDiscoveryPlatformConditionEvaluatorPlatform",
    "IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem",
    "IdpDiscoveryPlatformPolicyRuleCondition",
    "IdpDiscoveryPolicy",
    "IdpDiscoveryPolicyPlatformOperatingSystemType",
    "IdpDiscoveryPolicyRule",
    "IdpDiscoveryPolicyRuleCondition",
    "IdPKeyCredential",
    "IdpPolicyRuleAction",
    "IdpPolicyRuleActionIdp",
    "IdpPolicyRuleActionMatchCriteria",
    "IdpPolicyRuleActionProvider",
    "IdProofingMethod",
    "IdpSelectionType",
    "IdTokenKeyEncryptionAlgorithm",
    "Idv",
    "IDVAuthorizationEndpoint",
    "IDVAuthorizationEndpointBinding",
    "IdvCapability",
    "IdvCapabilityCapability",
    "IdvCapabilitySupportedProtocolsItem",
    "IDVCredentials",
    "IDVCredentialsBearer",
    "IDVCredentialsClient",
    "IDVEndpoints",
    "IDVParEndpoint",
    "IDVParEndpointBinding",
    "IDVTokenEndpoint",
    "IDVTokenEndpointBinding",
    "IframeEmbedScopeAllowedApps",
    "ImageUploadResponse",
    "ImportScheduleObject",
    "ImportScheduleSettings",
    "ImportUsernameObject",
    "ImportUsernameObjectUsernameFormat",
    "InactivityPolicyRuleCondition",
    "InboundProvisioningApplicationFeature",
    "InlineHook",
    "InlineHookBasePayload",
    "InlineHookChannel",
    "InlineHookChannelConfig",
    "InlineHookChannelConfigAuthSchemeBody",
    "InlineHookChannelConfigAuthSchemeResponse",
    "InlineHookChannelConfigCreate",
    "InlineHookChannelConfigHeaders",
    "InlineHookChannelCreate",
    "InlineHookChannelHttp",
    "InlineHookChannelHttpCreate",
    "InlineHookChannelOAuth",
    "InlineHookChannelOAuthCreate",
    "InlineHookChannelType",
    "InlineHookCreate",
    "InlineHookCreateResponse",
    "InlineHookHttpConfig",
    "InlineHookHttpConfigCreate",
    "InlineHookLinks",
    "InlineHookLinksCreate",
    "InlineHookOAuthBasicConfig",
    "InlineHookOAuthChannelConfig",
    "InlineHookOAuthChannelConfigCreate",
    "InlineHookOAuthClientSecretConfig",
    "InlineHookOAuthClientSecretConfigCreate",
    "InlineHookOAuthPrivateKeyJwtConfig",
    "InlineHookPayload",
    "InlineHookReplace",
    "InlineHookRequestObject",
    "InlineHookRequestObjectUrl",
    "InlineHookResponse",
    "InlineHookResponseCommands",
    "InlineHookResponseCommandValue",
    "InlineHookStatus",
    "InlineHookType",
    "IntegrationCapability",
    "IntegrationCapabilityStatus",
    "InterclientTrustMapping",
    "InterclientTrustMappingRequestBody",
    "IPNetworkZone",
    "IPServiceCategory",
    "IssuerMode",
    "JsonPatchOperation",
    "JsonWebKey",
    "JsonWebKeyStatus",
    "JsonWebKeyType",
    "JsonWebKeyUse",
    "JwkUse",
    "JwkUseType",
    "KeepCurrent",
    "KeepMeSignedIn",
    "KeepMeSignedInPostAuth",
    "KeyRequest",
    "KeyTrustLevelBrowserKey",
    "KeyTrustLevelOSMode",
    "KnowledgeConstraint",
    "LifecycleCreateSettingObject",
    "LifecycleDeactivateSettingObject",
    "LifecycleExpirationPolicyRuleCondition",
    "LifecycleStatus",
    "LinkedHrefObject",
    "LinkedObject",
    "LinkedObjectDetails",
    "LinkedObjectDetailsType",
    "LinkedObjectLinksSelf",
    "LinksActivate",
    "LinksAerialConsentGranted",
    "LinksAerialConsentRevoked",
    "LinksAppAndUser",
    "LinksAssignee",
    "LinksAuthenticator",
    "LinksCancel",
    "LinksCustomRoleResponse",
    "LinksDeactivate",
    "LinksEnroll",
    "LinksFactor",
    "LinksGovernanceResources",
    "LinksGovernanceSources",
    "LinksNext",
    "LinksNextForRoleAssignments",
    "LinksPoll",
    "LinksQrcode",
    "LinksQuestions",
    "LinksResend",
    "LinksSelf",
    "LinksSelfAndFullUsersLifecycle",
    "LinksSelfAndLifecycle",
    "LinksSelfAndRoles",
    "LinksSelfForRoleAssignment",
    "LinksSelfLifecycleAndAuthorize",
    "LinksSend",
    "LinksUserAuthenticators",
    "LinksUserFactors",
    "LinksUserRef",
    "LinksVerify",
    "ListAuthenticatorEnrollmentsDiscloseIdentifiersItem",
    "ListBrandsExpandItem",
    "ListDevicesExpand",
    "ListEmailDomainsExpandItem",
    "ListEmailTemplatesExpandItem",
    "ListGroupRulesExpand",
    "ListInlineHooksType",
    "ListLogEventsSortOrder",
    "ListProfileMappings",
    "ListYubikeyOtpTokensFilter",
    "ListYubikeyOtpTokensSortBy",
    "ListYubikeyOtpTokensSortOrder",
    "LoadingPageTouchPointVariant",
    "LocationGranularity",
    "LogActor",
    "LogAuthenticationContext",
    "LogAuthenticationProvider",
    "LogBotProtection",
    "LogBotProtectionLevel",
    "LogClient",
    "LogCredentialProvider",
    "LogCredentialType",
    "LogDebugContext",
    "LogDevice",
    "LogDiskEncryptionType",
    "LogEvent",
    "LogGeographicalContext",
    "LogGeolocation",
    "LogIpAddress",
    "LogIpDetails",
    "LogIpServiceCategory",
    "LogIpServiceCategoryType",
    "LogIssuer",
    "LogOutcome",
    "LogOutcomeResult",
    "LogRequest",
    "LogRisk",
    "LogRiskLevel",
    "LogRiskPreviousLevel",
    "LogScreenLockType",
    "LogSecurityContext",
    "LogSeverity",
    "LogStream",
    "LogStreamActivateLink",
    "LogStreamAws",
    "LogStreamAwsPutSchema",
    "LogStreamDeactivateLink",
    "LogStreamLinkObject",
    "LogStreamLinkObjectMethod",
    "LogStreamLinksSelfAndLifecycle",
    "LogStreamPutSchema",
    "LogStreamSchema",
    "LogStreamSelfLink",
    "LogStreamSettingsAws",
    "LogStreamSettingsSplunk",
    "LogStreamSettingsSplunkPut",
    "LogStreamSplunk",
    "LogStreamSplunkPutSchema",
    "LogStreamStatus",
    "LogStreamType",
    "LogTarget",
    "LogTargetChangeDetails",
    "LogTransaction",
    "LogUserAgent",
    "LogUserBehavior",
    "LogUserBehaviorResult",
    "MacOSAccountProfile",
    "MacOSAccountProfileType",
    "MDMEnrollmentPolicyEnrollment",
    "MDMEnrollmentPolicyRuleCondition",
    "MembershipRequestSchema",
    "MetadataLink",
    "MtlsCredentials",
    "MtlsEndpoints",
    "MtlsSsoEndpoint",
    "MtlsTrustCredentials",
    "MtlsTrustCredentialsRevocation",
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
    "NumberFactorChallengeEmbeddedLinks",
    "NumberFactorChallengeEmbeddedLinksChallenge",
    "OAuth2Actor",
    "OAuth2Claim",
    "OAuth2ClaimConditions",
    "OAuth2ClaimGroupFilterType",
    "OAuth2ClaimType",
    "OAuth2ClaimValueType",
    "OAuth2Client",
    "OAUTH2CLIENTCREDENTIALS",
    "OAUTH2CLIENTCREDENTIALSCREATE",
    "OAUTH2CLIENTCREDENTIALSCREATETokenEndpointAuthMethod",
    "OAUTH2CLIENTCREDENTIALSTokenEndpointAuthMethod",
    "OAuth2ClientJsonEncryptionKeyRequest",
    "OAuth2ClientJsonEncryptionKeyRequestKty",
    "OAuth2ClientJsonEncryptionKeyRequestUse",
    "OAuth2ClientJsonEncryptionKeyResponse",
    "OAuth2ClientJsonEncryptionKeyResponseKty",
    "OAuth2ClientJsonEncryptionKeyResponseUse",
    "OAuth2ClientJsonWebKeyECRequest",
    "OAuth2ClientJsonWebKeyECRequestKty",
    "OAuth2ClientJsonWebKeyECResponse",
    "OAuth2ClientJsonWebKeyECResponseKty",
    "OAuth2ClientJsonWebKeyRequestBase",
    "OAuth2ClientJsonWebKeyRequestBaseStatus",
    "OAuth2ClientJsonWebKeyRequestBody",
    "OAuth2ClientJsonWebKeyRequestBodyStatus",
    "OAuth2ClientJsonWebKeyResponseBase",
    "OAuth2ClientJsonWebKeyRsaRequest",
    "OAuth2ClientJsonWebKeyRsaRequestKty",
    "OAuth2ClientJsonWebKeyRsaResponse",
    "OAuth2ClientJsonWebKeyRsaResponseKty",
    "OAuth2ClientLinks",
    "OAuth2ClientSecret",
    "OAuth2ClientSecretRequestBody",
    "OAuth2ClientSecretRequestBodyStatus",
    "OAuth2ClientSecretStatus",
    "OAUTH2JWTBEARERGRANT",
    "OAUTH2JWTBEARERGRANTCREATE",
    "OAUTH2JWTBEARERGRANTCREATESigningAlgorithm",
    "OAUTH2JWTBEARERGRANTSigningAlgorithm",
    "OAuth2RefreshToken",
    "OAuth2RefreshTokenEmbedded",
    "OAuth2RefreshTokenLinks",
    "OAuth2RefreshTokenLinksRevoke",
    "OAuth2RefreshTokenLinksRevokeHints",
    "OAuth2RefreshTokenScope",
    "OAuth2RefreshTokenScopeLinks",
    "OAuth2ResourceServerJsonWebKey",
    "OAuth2ResourceServerJsonWebKeyRequestBody",
    "OAuth2ResourceServerJsonWebKeyRequestBodyStatus",
    "OAuth2ResourceServerJsonWebKeyStatus",
    "OAuth2Scope",
    "OAuth2ScopeConsentGrant",
    "OAuth2ScopeConsentGrantEmbedded",
    "OAuth2ScopeConsentGrantEmbeddedScope",
    "OAuth2ScopeConsentGrantLinks",
    "OAuth2ScopeConsentGrantSource",
    "OAuth2ScopeConsentType",
    "OAuth2ScopeMetadataPublish",
    "OAuth2ScopesMediationPolicyRuleCondition",
    "OAuth2Settings",
    "OAuth2SettingsPublicKey",
    "OAuth2Token",
    "OAuthApplicationCredentials",
    "OAuthAuthorizationEndpoint",
    "OAuthClientSecretLinks",
    "OAuthCredentials",
    "OAuthCredentialsClient",
    "OAuthCredentialsClientTokenEndpointAuthMethod",
    "OAuthEndpointAuthenticationMethod",
    "OAuthEndpoints",
    "OAuthMetadata",
    "OAuthMetadataDpopSigningAlgValuesSupportedItem",
    "OAuthProvisioningEnabledApp",
    "OAuthResourceServerKeyLinks",
    "OAuthResponseType",
    "OAuthTokenEndpoint",
    "Office365Application",
    "Office365ApplicationSettings",
    "Office365ApplicationSettingsApplication",
    "Office365ApplicationSignOnMode",
    "Office365ProvisioningSettings",
    "OfflineAccessScopeResourceHrefObject",
    "Oidc",
    "OidcAlgorithms",
    "OidcIssuer",
    "OidcJwksEndpoint",
    "OidcRequestAlgorithm",
    "OidcRequestSignatureAlgorithm",
    "OidcSettings",
    "OidcSigningAlgorithm",
    "OidcSloEndpoint",
    "OidcUserInfoEndpoint",
    "OINApplication",
    "OINSaml11ApplicationSettingsSignOn",
    "OINSaml20ApplicationSettingsSignOn",
    "OktaActiveDirectoryGroupProfile",
    "OktaDeviceRiskChangeEvent",
    "OktaDeviceRiskChangeEventCurrentLevel",
    "OktaDeviceRiskChangeEventInitiatingEntity",
    "OktaDeviceRiskChangeEventPreviousLevel",
    "OktaDeviceRiskChangeEventReasonAdmin",
    "OktaDeviceRiskChangeEventReasonUser",
    "OktaIpChangeEvent",
    "OktaIpChangeEventInitiatingEntity",
    "OktaIpChangeEventReasonAdmin",
    "OktaIpChangeEventReasonUser",
    "OktaManagedUserAccountForUpdate",
    "OktaManagedUserAccountRequest",
    "OktaManagedUserAccountResponse",
    "OktaPersonalAdminFeatureSettings",
    "OktaSignOnPolicy",
    "OktaSignOnPolicyConditions",
    "OktaSignOnPolicyConditionsPeople",
    "OktaSignOnPolicyConditionsPeopleGroups",
    "OktaSignOnPolicyFactorPromptMode",
    "OktaSignOnPolicyRule",
    "OktaSignOnPolicyRuleActions",
    "OktaSignOnPolicyRuleConditions",
    "OktaSignOnPolicyRuleSignonActions",
    "OktaSignOnPolicyRuleSignonActionsAccess",
    "OktaSignOnPolicyRuleSignonPrimaryFactor",
    "OktaSignOnPolicyRuleSignonSessionActions",
    "OktaSupportAccessStatus",
    "OktaSupportCase",
    "OktaSupportCaseImpersonation",
    "OktaSupportCases",
    "OktaSupportCaseSelfAssigned",
    "OktaUserGroupProfile",
    "OktaUserRiskChangeEvent",
    "OktaUserRiskChangeEventCurrentLevel",
    "OktaUserRiskChangeEventInitiatingEntity",
    "OktaUserRiskChangeEventPreviousLevel",
    "OktaUserRiskChangeEventReasonAdmin",
    "OktaUserRiskChangeEventReasonUser",
    "OktaUserServiceAccountCredentials",
    "OktaVerifyPayload",
    "OpenIdConnectApplication",
    "OpenIdConnectApplicationConsentMethod",
    "OpenIdConnectApplicationIdpInitiatedLogin",
    "OpenIdConnectApplicationIdpInitiatedLoginMode",
    "OpenIdConnectApplicationIssuerMode",
    "OpenIdConnectApplicationNetwork",
    "OpenIdConnectApplicationNetworkConnection",
    "OpenIdConnectApplicationSettings",
    "OpenIdConnectApplicationSettingsClient",
    "OpenIdConnectApplicationSettingsClientBackchannelAuthenticationRequestSigningAlg",
    "OpenIdConnectApplicationSettingsClientBackchannelTokenDeliveryMode",
    "OpenIdConnectApplicationSettingsClientKeys",
    "OpenIdConnectApplicationSettingsClientRequestObjectSigningAlg",
    "OpenIdConnectApplicationSettingsClientSubjectType",
    "OpenIdConnectApplicationSettingsClientWildcardRedirect",
    "OpenIdConnectApplicationSettingsRefreshToken",
    "OpenIdConnectApplicationType",
    "OpenIdConnectRefreshTokenRotationType",
    "OperationalStatus",
    "OperationRequest",
    "OperationResponse",
    "OperationResponseStatus",
    "OptInStatusResponse",
    "OptInStatusResponseLinks",
    "OptInStatusResponseOptInStatus",
    "Org2OrgApplication",
    "Org2OrgApplicationSettings",
    "Org2OrgApplicationSettingsApplication",
    "Org2OrgApplicationSignOnMode",
    "Org2OrgProvisioningOAuthSigningSettings",
    "OrgAerialConsent",
    "OrgAerialConsentDetails",
    "OrgAerialConsentRevoked",
    "OrgAerialGrantNotFound",
    "OrganizationalUnit",
    "OrgBillingContactType",
    "OrgBillingContactTypeLinks",
    "OrgCAPTCHASettings",
    "OrgCAPTCHASettingsLinks",
    "OrgContactType",
    "OrgContactUser",
    "OrgContactUserLinks",
    "OrgCreationAdmin",
    "OrgCreationAdminCredentials",
    "OrgCreationAdminCredentialsPassword",
    "OrgCreationAdminProfile",
    "OrgCrossAppAccessConnection",
    "OrgCrossAppAccessConnectionPatchRequest",
    "OrgCrossAppAccessConnectionPatchRequestStatus",
    "OrgCrossAppAccessConnectionStatus",
    "OrgGeneralSettingLinks",
    "OrgOktaCommunicationSetting",
    "OrgOktaCommunicationSettingLinks",
    "OrgOktaSupportSetting",
    "OrgOktaSupportSettingsObj",
    "OrgOktaSupportSettingsObjLinks",
    "OrgPreferences",
    "OrgPreferencesLinks",
    "OrgSetting",
    "OrgSettingStatus",
    "OrgTechnicalContactType",
    "OrgTechnicalContactTypeLinks",
    "OSAccount",
    "OSAccountDisplayName",
    "OSAccountEmbedded",
    "OSAccountLinks",
    "OSAccountMacOS",
    "OSAccountPlatform",
    "OSAccountStatus",
    "OSAccountWindows",
    "OSVersion",
    "OSVersionConstraint",
    "OSVersionConstraintDynamicVersionRequirement",
    "OSVersionConstraintDynamicVersionRequirementType",
    "OSVersionConstraintMajorVersionConstraint",
    "OSVersionDynamicVersionRequirement",
    "OSVersionDynamicVersionRequirementType",
    "OSVersionFourComponents",
    "OSVersionThreeComponents",
    "OtpProtocol",
    "OtpTotpAlgorithm",
    "OtpTotpEncoding",
    "PageRoot",
    "PageRootEmbedded",
    "PageRootLinks",
    "Parameters",
    "ParametersAction",
    "PasswordCredential",
    "PasswordCredentialHash",
    "PasswordCredentialHashAlgorithm",
    "PasswordCredentialHook",
    "PasswordDictionary",
    "PasswordDictionaryCommon",
    "PasswordExpirationPolicyRuleCondition",
    "PasswordImportRequest",
    "PasswordImportRequestData",
    "PasswordImportRequestDataAction",
    "PasswordImportRequestDataContext",
    "PasswordImportRequestDataContextCredential",
    "PasswordImportRequestExecute",
    "PasswordImportResponse",
    "PasswordImportResponseCommandsItem",
    "PasswordImportResponseCommandsItemValue",
    "PasswordImportResponseCommandsItemValueCredential",
    "PasswordPolicy",
    "PasswordPolicyAuthenticationProviderCondition",
    "PasswordPolicyAuthenticationProviderType",
    "PasswordPolicyConditions",
    "PasswordPolicyConditionsPeople",
    "PasswordPolicyConditionsPeopleGroups",
    "PasswordPolicyDelegationSettings",
    "PasswordPolicyDelegationSettingsOptions",
    "PasswordPolicyPasswordSettings",
    "PasswordPolicyPasswordSettingsAge",
    "PasswordPolicyPasswordSettingsBreachedProtection",
    "PasswordPolicyPasswordSettingsComplexity",
    "PasswordPolicyPasswordSettingsLockout",
    "PasswordPolicyRecoveryEmail",
    "PasswordPolicyRecoveryEmailProperties",
    "PasswordPolicyRecoveryEmailRecoveryToken",
    "PasswordPolicyRecoveryFactors",
    "PasswordPolicyRecoveryFactorSettings",
    "PasswordPolicyRecoveryQuestion",
    "PasswordPolicyRecoveryQuestionComplexity",
    "PasswordPolicyRecoveryQuestionProperties",
    "PasswordPolicyRecoverySettings",
    "PasswordPolicyRule",
    "PasswordPolicyRuleAction",
    "PasswordPolicyRuleActions",
    "PasswordPolicyRuleConditions",
    "PasswordPolicySettings",
    "PasswordProtectionWarningTrigger",
    "PasswordSettingObject",
    "PatchAction",
    "PerClientRateLimitMode",
    "PerClientRateLimitSettings",
    "PerClientRateLimitSettingsUseCaseModeOverrides",
    "Permission",
    "PermissionConditions",
    "PermissionLinks",
    "Permissions",
    "PersonalAppsBlockList",
    "PinRequest",
    "PinRequestFulfillmentProvider",
    "PipelineType",
    "Platform",
    "PlatformConditionEvaluatorPlatform",
    "PlatformConditionEvaluatorPlatformOperatingSystem",
    "PlatformConditionEvaluatorPlatformOperatingSystemVersion",
    "PlatformConditionOperatingSystemVersionMatchType",
    "PlatformPolicyRuleCondition",
    "PlayProtectVerdict",
    "Policy",
    "PolicyAccess",
    "PolicyAccountLink",
    "PolicyAccountLinkAction",
    "PolicyAccountLinkFilter",
    "PolicyAccountLinkFilterGroups",
    "PolicyAccountLinkFilterUsers",
    "PolicyCommon",
    "PolicyContext",
    "PolicyContextDevice",
    "PolicyContextGroups",
    "PolicyContextRisk",
    "PolicyContextRiskLevel",
    "PolicyContextRiskMinRiskLevel",
    "PolicyContextUser",
    "PolicyContextZones",
    "PolicyLinks",
    "PolicyMapping",
    "PolicyMappingLinks",
    "PolicyMappingRequest",
    "PolicyMappingResourceType",
    "PolicyNetworkCondition",
    "PolicyNetworkConnection",
    "PolicyPeopleCondition",
    "PolicyPlatformOperatingSystemType",
    "PolicyPlatformType",
    "PolicyRule",
    "PolicyRuleActions",
    "PolicyRuleActionsEnroll",
    "PolicyRuleActionsEnrollSelf",
    "PolicyRuleAuthContextCondition",
    "PolicyRuleAuthContextType",
    "PolicyRuleConditions",
    "PolicyRuleType",
    "PolicyRuleVerificationMethodType",
    "PolicySubject",
    "PolicySubjectMatchType",
    "PolicyType",
    "PolicyTypeSimulation",
    "PolicyUserNameTemplate",
    "PolicyUserStatus",
    "PossessionConstraint",
    "PossessionConstraintDeviceBound",
    "PossessionConstraintHardwareProtection",
    "PossessionConstraintPhishingResistant",
    "PossessionConstraintUserPresence",
    "PossessionConstraintUserVerification",
    "PossessionConstraintUserVerificationMethodsItem",
    "PostAPIServiceIntegrationInstance",
    "PostAPIServiceIntegrationInstanceRequest",
    "PostAuthKeepMeSignedInPrompt",
    "PostAuthSessionFailureActionsObject",
    "PostAuthSessionFailureActionsObjectAction",
    "PostAuthSessionPolicy",
    "PostAuthSessionPolicyRule",
    "PostAuthSessionPolicyRuleActions",
    "PostAuthSessionPolicyRuleActionsPostAuthSession",
    "PostAuthSessionPolicyRuleConditions",
    "PostAuthSessionPolicyRuleRunWorkflow",
    "PostAuthSessionPolicyRuleRunWorkflowAction",
    "PostAuthSessionPolicyRuleRunWorkflowWorkflow",
    "PostAuthSessionPolicyRuleTerminateSession",
    "PostAuthSessionPolicyRuleTerminateSessionAction",
    "PreRegistrationInlineHook",
    "PrincipalRateLimitEntity",
    "PrincipalType",
    "PrivilegedResource",
    "PrivilegedResourceAccountAppRequest",
    "PrivilegedResourceAccountAppResponse",
    "PrivilegedResourceAccountOkta",
    "PrivilegedResourceCredentials",
    "PrivilegedResourceFilters",
    "PrivilegedResourceStatus",
    "PrivilegedResourceType",
    "PrivilegedResourceUpdateRequest",
    "Profile",
    "ProfileEnrollmentPolicy",
    "ProfileEnrollmentPolicyRule",
    "ProfileEnrollmentPolicyRuleAction",
    "ProfileEnrollmentPolicyRuleActionAccess",
    "ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction",
    "ProfileEnrollmentPolicyRuleActions",
    "ProfileEnrollmentPolicyRuleActionUnknownUserAction",
    "ProfileEnrollmentPolicyRuleActivationRequirement",
    "ProfileEnrollmentPolicyRuleProfileAttribute",
    "ProfileMapping",
    "ProfileMappingProperty",
    "ProfileMappingPropertyPushStatus",
    "ProfileMappingRequest",
    "ProfileMappingSource",
    "ProfileMappingTarget",
    "ProfileSettingObject",
    "Protocol",
    "ProtocolAlgorithmRequestScope",
    "ProtocolAlgorithmResponseScope",
    "ProtocolEndpointBinding",
    "ProtocolIdVerification",
    "ProtocolIdVerificationType",
    "ProtocolMtls",
    "ProtocolMtlsType",
    "ProtocolOAuth",
    "ProtocolOAuthType",
    "ProtocolOidc",
    "ProtocolOidcType",
    "ProtocolSaml",
    "ProtocolSamlType",
    "ProviderType",
    "Provisioning",
    "ProvisioningAction",
    "ProvisioningCapability",
    "ProvisioningCapabilityCapability",
    "ProvisioningCapabilitySupportedProtocolsItem",
    "ProvisioningConditions",
    "ProvisioningConnectionAuthScheme",
    "ProvisioningConnectionOauthAuthScheme",
    "ProvisioningConnectionOauthRequest",
    "ProvisioningConnectionOauthRequestProfile",
    "ProvisioningConnectionProfileOauth",
    "ProvisioningConnectionRequest",
    "ProvisioningConnectionRequestAuthScheme",
    "ProvisioningConnectionResponse",
    "ProvisioningConnectionResponseProfile",
    "ProvisioningConnectionStatus",
    "ProvisioningConnectionTokenAuthScheme",
    "ProvisioningConnectionTokenRequest",
    "ProvisioningConnectionTokenRequestProfile",
    "ProvisioningDeprovisionedAction",
    "ProvisioningDeprovisionedCondition",
    "ProvisioningDetails",
    "ProvisioningDetailsFeaturesItem",
    "ProvisioningGroups",
    "ProvisioningGroupsAction",
    "ProvisioningSuspendedAction",
    "ProvisioningSuspendedCondition",
    "PublicAppleAppSiteWellKnownURI",
    "PublicAssetLinksWellKnownURIItem",
    "PublicWebauthnSiteWellKnownURI",
    "PushMethodKeyProtection",
    "PushProvider",
    "RateLimitAdminNotifications",
    "RateLimitWarningThresholdRequest",
    "RateLimitWarningThresholdResponse",
    "Realm",
    "RealmAssignment",
    "RealmAssignmentOperationResponse",
    "RealmAssignmentOperationResponseAssignmentOperation",
    "RealmAssignmentOperationResponseAssignmentOperationConfiguration",
    "RealmAssignmentOperationResponseAssignmentOperationConfigurationActions",
    "RealmAssignmentOperationResponseAssignmentOperationConfigurationActionsAssignUserToRealm",
    "RealmProfile",
    "RealmProfileRealmType",
    "RecoveryQuestionCredential",
    "RefreshToken",
    "RegistrationInlineHook",
    "RegistrationInlineHookCommand",
    "RegistrationInlineHookCommandType",
    "RegistrationInlineHookPPData",
    "RegistrationInlineHookPPDataData",
    "RegistrationInlineHookPPDataDataContext",
    "RegistrationInlineHookPPDataDataContextUser",
    "RegistrationInlineHookPPDataDataContextUserLinks",
    "RegistrationInlineHookRequest",
    "RegistrationInlineHookRequestType",
    "RegistrationInlineHookResponse",
    "RegistrationInlineHookSSRData",
    "RegistrationInlineHookSSRDataData",
    "RegistrationInlineHookSSRDataDataContext",
    "RegistrationResponse",
    "RegistrationResponseCommandsItem",
    "RegistrationResponseError",
    "RegistrationResponseErrorErrorCausesItem",
    "ReleaseChannel",
    "ReplaceBrandWellKnownUriPath",
    "ReplaceEmailDomainExpandItem",
    "ReplaceGroupBody",
    "ReplaceOrgContactUserContactType",
    "ReplaceUserClassification",
    "RequesterField",
    "RequesterFieldType",
    "RequesterFieldValue",
    "RequiredEnum",
    "ResendUserFactor",
    "ResendUserFactorFactorType",
    "ResetPasswordToken",
    "ResourceConditions",
    "ResourceConditionsExclude",
    "ResourceServerJsonWebKey",
    "ResourceServerJsonWebKeys",
    "ResourceSet",
    "ResourceSetBindingAddMembersRequest",
    "ResourceSetBindingCreateRequest",
    "ResourceSetBindingEditResponse",
    "ResourceSetBindingEditResponseLinks",
    "ResourceSetBindingMember",
    "ResourceSetBindingMembers",
    "ResourceSetBindingMembersLinks",
    "ResourceSetBindingResponse",
    "ResourceSetBindingResponseLinks",
    "ResourceSetBindingRole",
    "ResourceSetBindingRoleLinks",
    "ResourceSetBindings",
    "ResourceSetBindingsLinks",
    "ResourceSetLinks",
    "ResourceSetResource",
    "ResourceSetResourceLinks",
    "ResourceSetResourcePatchRequest",
    "ResourceSetResourcePostRequest",
    "ResourceSetResourcePutRequest",
    "ResourceSetResources",
    "ResourceSetResourcesLinks",
    "ResourceSets",
    "ResponseLinks",
    "ResponseMode",
    "ResponseType",
    "ResponseTypesSupported",
    "RevokeRefreshTokenHrefObject",
    "RiscIdentifierChangedEvent",
    "RiskDetectionTypesPolicyRuleCondition",
    "RiskEvent",
    "RiskEventSubject",
    "RiskEventSubjectRiskLevel",
    "RiskPolicyRuleCondition",
    "RiskProvider",
    "RiskProviderAction",
    "RiskScorePolicyRuleCondition",
    "RiskScorePolicyRuleConditionLevel",
    "Role",
    "RoleAssignedUser",
    "RoleAssignedUsers",
    "RoleAssignmentType",
    "RoleGovernance",
    "RoleGovernanceResource",
    "RoleGovernanceResources",
    "RoleGovernanceResourcesLinks",
    "RoleGovernanceSource",
    "RoleGovernanceSourceLinks",
    "RoleTarget",
    "RoleType",
    "RotatePasswordRequest",
    "SafeBrowsingProtectionLevel",
    "SalesforceApplication",
    "SalesforceApplicationSettings",
    "SalesforceApplicationSettingsApplication",
    "SalesforceApplicationSettingsApplicationInstanceType",
    "SalesforceApplicationSettingsApplicationIntegrationType",
    "SalesforceApplicationSignOnMode",
    "Saml",
    "Saml11Application",
    "Saml11ApplicationSettings",
    "Saml11ApplicationSettingsSignOn",
    "SamlAcsEndpoint",
    "SamlAcsItem",
    "SamlAlgorithms",
    "SamlApplication",
    "SamlApplicationSettings",
    "SamlApplicationSettingsSignOn",
    "SamlApplicationSettingsSignOnAuthnContextClassRef",
    "SamlApplicationSettingsSignOnDigestAlgorithm",
    "SamlApplicationSettingsSignOnSignatureAlgorithm",
    "SamlApplicationSettingsSignOnSubjectNameIdFormat",
    "SamlAssertionEncryption",
    "SamlAssertionEncryptionEncryptionAlgorithm",
    "SamlAssertionEncryptionKeyTransportAlgorithm",
    "SamlAttributeStatementExpression",
    "SamlAttributeStatementExpressionNamespace",
    "SamlAttributeStatementGroup",
    "SamlAttributeStatementGroupFilterType",
    "SamlAttributeStatementGroupNamespace",
    "SamlClaimsItem",
    "SamlCredentials",
    "SamlEndpoints",
    "SamlEndpointType",
    "SAMLHookResponse",
    "SAMLHookResponseCommandsItem",
    "SAMLHookResponseCommandsItemValueItem",
    "SAMLHookResponseCommandsItemValueItemValueType2",
    "SAMLHookResponseError",
    "SamlNameIdFormat",
    "SAMLPayLoad",
    "SAMLPayLoadData",
    "SAMLPayLoadDataAssertion",
    "SAMLPayLoadDataAssertionAuthentication",
    "SAMLPayLoadDataAssertionAuthenticationAuthnContext",
    "SAMLPayLoadDataAssertionClaims",
    "SAMLPayLoadDataAssertionClaimsAdditionalProperty",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributes",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItem",
    "SAMLPayLoadDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes",
    "SAMLPayLoadDataAssertionConditions",
    "SAMLPayLoadDataAssertionLifetime",
    "SAMLPayLoadDataAssertionSubject",
    "SAMLPayLoadDataAssertionSubjectConfirmation",
    "SAMLPayLoadDataAssertionSubjectConfirmationData",
    "SAMLPayLoadDataContext",
    "SAMLPayLoadDataContextProtocol",
    "SAMLPayLoadDataContextProtocolIssuer",
    "SAMLPayloadExecute",
    "SAMLPayloadExecuteData",
    "SAMLPayloadExecuteDataAssertion",
    "SAMLPayloadExecuteDataAssertionAuthentication",
    "SAMLPayloadExecuteDataAssertionAuthenticationAuthnContext",
    "SAMLPayloadExecuteDataAssertionClaims",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalProperty",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributes",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItem",
    "SAMLPayloadExecuteDataAssertionClaimsAdditionalPropertyAttributeValuesItemAttributes",
    "SAMLPayloadExecuteDataAssertionConditions",
    "SAMLPayloadExecuteDataAssertionLifetime",
    "SAMLPayloadExecuteDataAssertionSubject",
    "SAMLPayloadExecuteDataAssertionSubjectConfirmation",
    "SAMLPayloadExecuteDataAssertionSubjectConfirmationData",
    "SAMLPayloadExecuteDataContext",
    "SAMLPayloadExecuteDataContextProtocol",
    "SAMLPayloadExecuteDataContextProtocolIssuer",
    "SamlRelayState",
    "SamlRelayStateFormat",
    "SamlRequestAlgorithm",
    "SamlRequestDigestAlgorithm",
    "SamlRequestSignatureAlgorithm",
    "SamlResponseAlgorithm",
    "SamlResponseSignatureAlgorithm",
    "SamlSettings",
    "SamlSigningAlgorithm",
    "SamlSigningCredentials",
    "SamlSloEndpoint",
    "SamlSpCertificate",
    "SamlSsoEndpoint",
    "SamlTrustCredentials",
    "ScheduledUserLifecycleAction",
    "SchemeApplicationCredentials",
    "Scim",
    "ScimScimServerConfig",
    "ScimScimServerConfigChangePassword",
    "ScimScimServerConfigPatch",
    "ScopeResourceHrefObject",
    "ScreenLockComplexity",
    "ScreenLockType",
    "SecurePasswordStoreApplication",
    "SecurePasswordStoreApplicationSettings",
    "SecurePasswordStoreApplicationSettingsApplication",
    "SecurityEvent",
    "SecurityEventReason",
    "SecurityEventsProviderRequest",
    "SecurityEventsProviderResponse",
    "SecurityEventsProviderResponseStatus",
    "SecurityEventsProviderSettingsNonSSFCompliant",
    "SecurityEventsProviderSettingsResponse",
    "SecurityEventsProviderSettingsSSFCompliant",
    "SecurityEventSubject",
    "SecurityEventTokenError",
    "SecurityEventTokenErrorErr",
    "SecurityEventTokenJwtBody",
    "SecurityEventTokenJwtEvents",
    "SecurityEventTokenJwtHeader",
    "SecurityEventTokenRequestJwtBody",
    "SecurityEventTokenRequestJwtEvents",
    "SecurityEventTokenRequestJwtHeader",
    "SeedEnum",
    "SelfAssignedStatus",
    "SelfServicePasswordResetAction",
    "SelfServicePasswordResetActionType",
    "ServiceAccount",
    "ServiceAccountDetailsAppAccount",
    "ServiceAccountDetailsAppAccountSub",
    "ServiceAccountDetailsOktaUserAccount",
    "ServiceAccountDetailsOktaUserAccountSub",
    "ServiceAccountForUpdate",
    "ServiceAccountStatus",
    "ServiceAccountStatusDetail",
    "ServiceAccountType",
    "Session",
    "SessionAuthenticationMethod",
    "SessionIdentityProvider",
    "SessionIdentityProviderType",
    "SessionStatus",
    "SessionViolationDetectionPolicy",
    "SessionViolationDetectionPolicyEvaluation",
    "SessionViolationDetectionPolicyRule",
    "SessionViolationDetectionPolicyRuleActions",
    "SessionViolationDetectionPolicyRuleActionsSessionViolationDetection",
    "SessionViolationDetectionPolicyRuleConditions",
    "SessionViolationDetectionRiskScoreCondition",
    "SessionViolationDetectionRiskScoreConditionMinRiskLevel",
    "ShowSignInWithOV",
    "SigningAlgorithm",
    "SignInPage",
    "SignInPageTouchPointVariant",
    "SignInPageWidgetCustomizations",
    "SignOnInlineHook",
    "SimulatePolicyBody",
    "SimulatePolicyEvaluations",
    "SimulatePolicyEvaluationsEvaluated",
    "SimulatePolicyEvaluationsUndefined",
    "SimulatePolicyResult",
    "SimulateResultConditions",
    "SimulateResultPoliciesItems",
    "SimulateResultRules",
    "SimulateResultStatus",
    "SingleLogout",
    "SlackApplication",
    "SlackApplicationSettings",
    "SlackApplicationSettingsApplication",
    "SlackApplicationSignOnMode",
    "SloParticipate",
    "SloParticipateBindingType",
    "SmsTemplate",
    "SmsTemplateTranslations",
    "SmsTemplateType",
    "SmtpAuthType",
    "SocialAuthToken",
    "SourceLinks",
    "SplunkEdition",
    "SsfTransmitterCaepSessionRevokedEvent",
    "SsfTransmitterCaepSessionRevokedEventReasonAdmin",
    "SsfTransmitterCaepSessionRevokedEventReasonUser",
    "SsfTransmitterSecurityEventSubject",
    "Sso",
    "SsoCapability",
    "SsoCapabilityCapability",
    "SsoCapabilitySupportedProtocolsItem",
    "SsprPrimaryRequirement",
    "SsprPrimaryRequirementMethodsItem",
    "SsprRequirement",
    "SsprRequirementAccessControl",
    "SsprSettings",
    "SsprStepUpRequirement",
    "SsprStepUpRequirementMethodsItem",
    "StandardRole",
    "StandardRoleAssignmentSchema",
    "StandardRoleAssignmentSchemaType",
    "StandardRoleEmbedded",
    "StandardRoleEmbeddedTargets",
    "StandardRoleEmbeddedTargetsCatalog",
    "StartOrgFailbackResponse200",
    "StartOrgFailbackResponse200ResultsItem",
    "StartOrgFailoverResponse200",
    "StartOrgFailoverResponse200ResultsItem",
    "StreamConfiguration",
    "StreamConfigurationCreateRequest",
    "StreamConfigurationCreateRequestFormat",
    "StreamConfigurationDelivery",
    "StreamConfigurationDeliveryMethod",
    "StreamConfigurationFormat",
    "StreamStatus",
    "StreamStatusStatus",
    "StreamVerificationRequest",
    "Subject",
    "SubjectFormat",
    "SubjectType",
    "SubmissionAction",
    "SubmissionActions",
    "SubmissionCapabilities",
    "SubmissionCapability",
    "SubmissionRequest",
    "SubmissionResponse",
    "SubmissionResponseAppContactDetails",
    "SubmissionResponseAppContactDetailsContactType",
    "SubmissionResponseAppContactDetailsContactValueType",
    "SubmissionResponseConfig",
    "SubmissionResponseWithApiResponse",
    "Subscription",
    "SubscriptionLinks",
    "SubscriptionStatus",
    "SupportedMethods",
    "SupportedMethodsSettings",
    "SupportedMethodsType",
    "SwaApplicationSettings",
    "SwaApplicationSettingsApplication",
    "TacAuthenticatorEnrollment",
    "TelephonyRequest",
    "TelephonyRequestData",
    "TelephonyRequestDataContext",
    "TelephonyRequestDataMessageProfile",
    "TelephonyRequestDataUserProfile",
    "TelephonyRequestExecute",
    "TelephonyResponse",
    "TelephonyResponseCommandsItem",
    "TelephonyResponseCommandsItemValueItem",
    "TelephonyResponseCommandsItemValueItemStatus",
    "TempPassword",
    "TempPassword2",
    "TenantSettings",
    "TestInfo",
    "TestInfoApiServiceTestConfiguration",
    "TestInfoOidcTestConfiguration",
    "TestInfoSamlTestConfiguration",
    "TestInfoScimTestConfiguration",
    "TestInfoTestAccount",
    "ThemeResponse",
    "ThirdPartyAdminSetting",
    "ThreatInsightConfiguration",
    "ThreatInsightConfigurationAction",
    "TokenAuthorizationServerPolicyRuleAction",
    "TokenAuthorizationServerPolicyRuleActionInlineHook",
    "TokenDeliveryMode",
    "TokenHookResponse",
    "TokenHookResponseCommandsItem",
    "TokenHookResponseCommandsItemValueItem",
    "TokenHookResponseCommandsItemValueItemValueType2",
    "TokenHookResponseError",
    "TokenPayLoad",
    "TokenPayLoadData",
    "TokenPayLoadDataAccess",
    "TokenPayLoadDataContext",
    "TokenPayLoadDataContextPolicy",
    "TokenPayLoadDataContextPolicyRule",
    "TokenPayLoadDataContextProtocol",
    "TokenPayLoadDataContextProtocolClient",
    "TokenPayLoadDataContextProtocolIssuer",
    "TokenPayLoadDataContextProtocolOriginalGrant",
    "TokenProtocolRequest",
    "TokenProtocolRequestResponseMode",
    "TokenProtocolRequestResponseType",
    "TokenRequest",
    "TokenRequestData",
    "TokenRequestDataAccess",
    "TokenRequestDataContext",
    "TokenRequestDataContextPolicy",
    "TokenRequestDataContextPolicyRule",
    "TokenRequestDataContextProtocol",
    "TokenRequestDataContextProtocolClient",
    "TokenRequestDataContextProtocolIssuer",
    "TokenRequestDataContextProtocolOriginalGrant",
    "TokenResourcesHrefObject",
    "TokenResponse",
    "TokenResponseTokenType",
    "TokenType",
    "TrendMicroApexOneServiceApplication",
    "TrendMicroApexOneServiceApplicationSettings",
    "TrendMicroApexOneServiceApplicationSettingsApplication",
    "TrendMicroApexOneServiceApplicationSignOnMode",
    "TrustedOrigin",
    "TrustedOriginScope",
    "TrustedOriginScopeType",
    "TrustedOriginWrite",
    "UIElement",
    "UIElementOptions",
    "UIElementOptionsFormat",
    "UISchemaObject",
    "UISchemasResponseObject",
    "UnconfirmedUserResponseSchema",
    "UnconfirmedUserResponseSchemaUsersItem",
    "UniversalLogoutCapability",
    "UniversalLogoutCapabilityCapability",
    "UniversalLogoutCapabilitySupportedProtocolsItem",
    "UpdateDomain",
    "UpdateEmailDomain",
    "UpdateGroupPushMappingRequest",
    "UpdateIamRoleRequest",
    "UpdateRealmAssignmentRequest",
    "UpdateRealmRequest",
    "UpdateThemeRequest",
    "UpdateUISchema",
    "UpdateUserRequest",
    "UpdateUserRequestType",
    "UploadApplicationLogoBody",
    "UploadBrandThemeBackgroundImageBody",
    "UploadBrandThemeFaviconBody",
    "UploadBrandThemeLogoBody",
    "UploadYubikeyOtpTokenSeedBody",
    "UploadYubikeyOtpTokenSeedFilter",
    "UploadYubikeyOtpTokenSeedSortBy",
    "UploadYubikeyOtpTokenSeedSortOrder",
    "User",
    "UserActivationToken",
    "UserBlock",
    "UserBlockAppliesTo",
    "UserBlockType",
    "UserClassification",
    "UserCondition",
    "UserCredentials",
    "UserCredentialsWritable",
    "UserDevice",
    "UserFactor",
    "UserFactorActivatePush",
    "UserFactorActivatePushResult",
    "UserFactorActivateRequestType0",
    "UserFactorActivateRequestType1",
    "UserFactorActivateRequestType2",
    "UserFactorActivateRequestType3",
    "UserFactorActivateRequestType4",
    "UserFactorActivateRequestType5",
    "UserFactorActivateRequestType6",
    "UserFactorActivateResponse",
    "UserFactorActivateResponseFactorType",
    "UserFactorActivateResponseLinks",
    "UserFactorCall",
    "UserFactorCallProfile",
    "UserFactorCallProvider",
    "UserFactorEmail",
    "UserFactorEmailProfile",
    "UserFactorEmailProvider",
    "UserFactorLinks",
    "UserFactorProvider",
    "UserFactorPush",
    "UserFactorPushProfile",
    "UserFactorPushProvider",
    "UserFactorPushTransaction",
    "UserFactorPushTransactionFactorResult",
    "UserFactorPushTransactionRejected",
    "UserFactorPushTransactionRejectedLinks",
    "UserFactorPushTransactionRejectedProfile",
    "UserFactorPushTransactionSuccess",
    "UserFactorPushTransactionTimeout",
    "UserFactorPushTransactionTimeoutLinks",
    "UserFactorPushTransactionTimeoutProfile",
    "UserFactorPushTransactionWaitingNMC",
    "UserFactorPushTransactionWaitingNMCLinks",
    "UserFactorPushTransactionWaitingNMCProfile",
    "UserFactorPushTransactionWaitingNoNMC",
    "UserFactorPushTransactionWaitingNoNMCLinks",
    "UserFactorPushTransactionWaitingNoNMCProfile",
    "UserFactorResultType",
    "UserFactorSecurityQuestion",
    "UserFactorSecurityQuestionProfile",
    "UserFactorSecurityQuestionProfileQuestion",
    "UserFactorSecurityQuestionProvider",
    "UserFactorSMS",
    "UserFactorSMSProfile",
    "UserFactorSMSProvider",
    "UserFactorStatus",
    "UserFactorSupported",
    "UserFactorSupportedEnrollment",
    "UserFactorToken",
    "UserFactorTokenFactorVerificationObject",
    "UserFactorTokenHardware",
    "UserFactorTokenHardwareProvider",
    "UserFactorTokenHardwareVerify",
    "UserFactorTokenHOTP",
    "UserFactorTokenHOTPProfile",
    "UserFactorTokenHOTPProvider",
    "UserFactorTokenProfile",
    "UserFactorTokenProvider",
    "UserFactorTokenSoftwareTOTP",
    "UserFactorTokenSoftwareTOTPProvider",
    "UserFactorTokenVerifyRSA",
    "UserFactorTokenVerifySymantec",
    "UserFactorType",
    "UserFactorU2F",
    "UserFactorU2FProfile",
    "UserFactorU2FProvider",
    "UserFactorVerifyRequestType0",
    "UserFactorVerifyRequestType1",
    "UserFactorVerifyRequestType10",
    "UserFactorVerifyRequestType2",
    "UserFactorVerifyRequestType3",
    "UserFactorVerifyRequestType4",
    "UserFactorVerifyRequestType5",
    "UserFactorVerifyRequestType6",
    "UserFactorVerifyRequestType7",
    "UserFactorVerifyRequestType8",
    "UserFactorVerifyRequestType9",
    "UserFactorVerifyResponse",
    "UserFactorVerifyResponseEmbedded",
    "UserFactorVerifyResponseWaiting",
    "UserFactorVerifyResponseWaitingEmbedded",
    "UserFactorVerifyResult",
    "UserFactorVerifyResultWaiting",
    "UserFactorWeb",
    "UserFactorWebAuthn",
    "UserFactorWebAuthnProfile",
    "UserFactorWebAuthnProvider",
    "UserFactorWebProfile",
    "UserFactorWebProvider",
    "UserFactorYubikeyOtpToken",
    "UserFactorYubikeyOtpTokenStatus",
    "UserGetSingleton",
    "UserGetSingletonEmbedded",
    "UserGetSingletonLinks",
    "UserGetSingletonType",
    "UserIdentifierConditionEvaluatorPattern",
    "UserIdentifierMatchType",
    "UserIdentifierPolicyRuleCondition",
    "UserIdentifierType",
    "UserIdentityProviderLinkRequest",
    "UserImportRequest",
    "UserImportRequestData",
    "UserImportRequestDataAction",
    "UserImportRequestDataActionResult",
    "UserImportRequestDataAppUser",
    "UserImportRequestDataAppUserProfile",
    "UserImportRequestDataContext",
    "UserImportRequestDataContextApplication",
    "UserImportRequestDataContextApplicationStatus",
    "UserImportRequestDataContextJob",
    "UserImportRequestDataUser",
    "UserImportRequestDataUserProfile",
    "UserImportRequestExecute",
    "UserImportResponse",
    "UserImportResponseCommandsItem",
    "UserImportResponseCommandsItemType",
    "UserImportResponseCommandsItemValue",
    "UserImportResponseError",
    "UserLifecycleAttributePolicyRuleCondition",
    "UserLink",
    "UserLinks",
    "UserLockoutSettings",
    "UserNextLogin",
    "UserPolicyRuleCondition",
    "UserProfile",
    "UserProvisioningApplicationFeature",
    "UserRequestSchema",
    "UserResourceHrefObject",
    "UserResponseSchema",
    "UserRiskGetResponse",
    "UserRiskGetResponseLinks",
    "UserRiskLevelAll",
    "UserRiskLevelExists",
    "UserRiskLevelExistsLinks",
    "UserRiskLevelNone",
    "UserRiskLevelNoneLinks",
    "UserRiskLevelPut",
    "UserRiskPutResponse",
    "UserRiskPutResponseLinks",
    "UserRiskRequest",
    "UserRiskRequestRiskLevel",
    "UserSchema",
    "UserSchemaAttribute",
    "UserSchemaAttributeDefaultType4",
    "UserSchemaAttributeEnum",
    "UserSchemaAttributeFormat",
    "UserSchemaAttributeItems",
    "UserSchemaAttributeMaster",
    "UserSchemaAttributeMasterPriority",
    "UserSchemaAttributeMasterType",
    "UserSchemaAttributeMutabilityString",
    "UserSchemaAttributePermission",
    "UserSchemaAttributeScope",
    "UserSchemaAttributeType",
    "UserSchemaBase",
    "UserSchemaBaseProperties",
    "UserSchemaDefinitions",
    "UserSchemaProperties",
    "UserSchemaPropertiesProfile",
    "UserSchemaPropertiesProfileItem",
    "UserSchemaPublic",
    "UserSchemaPublicProperties",
    "UsersLink",
    "UserStatus",
    "UserStatusPolicyRuleCondition",
    "UsersUpdateRequestSchema",
    "UserTransitioningToStatus",
    "UserType",
    "UserTypeCondition",
    "UserTypeLinks",
    "UserTypePostRequest",
    "UserTypePutRequest",
    "UserUserTypeValue",
    "UserVerificationEnum",
    "UserVerificationEnumEnrollment",
    "UserVerificationEnumForVerify",
    "ValidationDetail",
    "ValidationDetailProvider",
    "VerificationMethod",
    "WebAuthnAttachmentEnum",
    "WebAuthnCredRequest",
    "WebAuthnCredResponse",
    "WebAuthnPreregistrationFactor",
    "WebAuthnRpId",
    "WebAuthnRpIdDomain",
    "WebAuthnRpIdDomainValidationStatus",
    "WebAuthnSettingResidentKeyRequirement",
    "WellKnownAppAuthenticatorConfiguration",
    "WellKnownAppAuthenticatorConfigurationSettings",
    "WellKnownAppAuthenticatorConfigurationType",
    "WellKnownOrgMetadata",
    "WellKnownOrgMetadataLinks",
    "WellKnownSSFMetadata",
    "WellKnownSSFMetadataDefaultSubjects",
    "WellKnownSSFMetadataSpecUrn",
    "WellKnownURIArrayResponse",
    "WellKnownURIArrayResponseLinks",
    "WellKnownURIObjectResponse",
    "WellKnownURIObjectResponseLinks",
    "WellKnownURIRequest",
    "WellKnownURIsRoot",
    "WellKnownURIsRootEmbedded",
    "WellKnownURIsRootEmbeddedAppleAppSiteAssociation",
    "WellKnownURIsRootEmbeddedAssetlinksJson",
    "WellKnownURIsRootEmbeddedWebauthn",
    "WellKnownURIsRootLinks",
    "WidgetConfigurationI18N",
    "WidgetConfigurationI18NAdditionalProperty",
    "WidgetConfigurationThemeTokens",
    "WidgetGeneration",
    "WindowsOSAccountProfile",
    "WindowsOSAccountProfileType",
    "WorkflowActionProvider",
    "WorkflowAvailableActionProvider",
    "WorkflowsValidationDetailProvider",
    "WsFederationApplication",
    "WsFederationApplicationSettings",
    "WsFederationApplicationSettingsApplication",
    "WsFederationApplicationSettingsApplicationGroupValueFormat",
    "WsFederationApplicationSettingsApplicationUsernameAttribute",
    "ZoomUsApplication",
    "ZoomUsApplicationSettings",
    "ZoomUsApplicationSettingsApplication",
    "ZoomUsApplicationSignOnMode",
    "ZscalerbyzApplication",
    "ZscalerbyzApplicationSettings",
    "ZscalerbyzApplicationSettingsApplication",
    "ZscalerbyzApplicationSignOnMode",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
