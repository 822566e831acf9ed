from .._enum import OktaEnum


class PolicyType(OktaEnum):
    """Values of `PolicyType`; an unknown value parses too (see `OktaEnum`)."""

    ACCESS_POLICY = "ACCESS_POLICY"
    """<x-lifecycle class="oie"></x-lifecycle>App sign-in policy"""
    CLIENT_UPDATE = "CLIENT_UPDATE"
    """<x-lifecycle class="oie"></x-lifecycle>(Read-only) Client update policy"""
    DEVICE_SIGNAL_COLLECTION = "DEVICE_SIGNAL_COLLECTION"
    """<x-lifecycle class="oie"></x-lifecycle><x-lifecycle class="ea"></x-lifecycle>Device signal
    collection policy"""
    ENTITY_RISK = "ENTITY_RISK"
    """<x-lifecycle class="oie"></x-lifecycle>(Read-only) Entity risk policy"""
    IDENTITY_CLAIM_SOURCING = "IDENTITY_CLAIM_SOURCING"
    """<x-lifecycle class="oie"></x-lifecycle><x-lifecycle class="ea"></x-lifecycle>(Read-only) Identity
    claims sourcing policy"""
    IDP_DISCOVERY = "IDP_DISCOVERY"
    """(Read-only) IdP discovery policy"""
    MFA_ENROLL = "MFA_ENROLL"
    """Authenticator enrollment policy"""
    OKTA_SIGN_ON = "OKTA_SIGN_ON"
    """Global session policy"""
    PASSWORD = "PASSWORD"
    """Password policy"""
    POST_AUTH_SESSION = "POST_AUTH_SESSION"
    """<x-lifecycle class="oie"></x-lifecycle>(Read-only) Session violation enforcement policy"""
    PROFILE_ENROLLMENT = "PROFILE_ENROLLMENT"
    """<x-lifecycle class="oie"></x-lifecycle>User profile policy"""
    SESSION_VIOLATION_DETECTION = "SESSION_VIOLATION_DETECTION"
    """<x-lifecycle class="oie"></x-lifecycle>(Read-only) Session violation detection policy"""
