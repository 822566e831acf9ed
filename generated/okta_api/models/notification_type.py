from .._enum import OktaEnum


class NotificationType(OktaEnum):
    """Values of `NotificationType`; an unknown value parses too (see `OktaEnum`)."""

    AD_AGENT = "AD_AGENT"
    """System notification sent when an AD agent disconnects or reconnects"""
    AGENT_AUTO_UPDATE_NOTIFICATION = "AGENT_AUTO_UPDATE_NOTIFICATION"
    """System notification sent when an agent automatically updates"""
    AGENT_AUTO_UPDATE_NOTIFICATION_LDAP = "AGENT_AUTO_UPDATE_NOTIFICATION_LDAP"
    APP_IMPORT = "APP_IMPORT"
    """System notification sent with the status of an app user import"""
    CONNECTOR_AGENT = "CONNECTOR_AGENT"
    """System notification sent when an on-premises provisioning or Okta on-prem MFA agent disconnects or
    reconnects"""
    IWA_AGENT = "IWA_AGENT"
    """System notification sent when an IGA agent disconnects or reconnects"""
    LDAP_AGENT = "LDAP_AGENT"
    """System notification sent when an LDAP agent disconnects or reconnects"""
    OKTA_ANNOUNCEMENT = "OKTA_ANNOUNCEMENT"
    """Okta communication sent for announcements and release notes"""
    OKTA_UPDATE = "OKTA_UPDATE"
    """Okta communication sent for scheduled system updates"""
    RATELIMIT_NOTIFICATION = "RATELIMIT_NOTIFICATION"
    """System notification sent when an org reaches rate limit warning or violation thresholds"""
    REPORT_SUSPICIOUS_ACTIVITY = "REPORT_SUSPICIOUS_ACTIVITY"
    """System notification sent when a user reports suspicious activity"""
    USER_DEPROVISION = "USER_DEPROVISION"
    """System notification sent when a user is deprovisioned from apps"""
    USER_LOCKED_OUT = "USER_LOCKED_OUT"
    """System notification sent when a user is locked out from logging in to Okta"""
