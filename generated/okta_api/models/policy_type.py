from .._enum import OktaEnum


class PolicyType(OktaEnum):
    """Values of `PolicyType`; an unknown value parses too (see `OktaEnum`)."""

    ACCESS_POLICY = "ACCESS_POLICY"
    IDP_DISCOVERY = "IDP_DISCOVERY"
    MFA_ENROLL = "MFA_ENROLL"
    OAUTH_AUTHORIZATION_POLICY = "OAUTH_AUTHORIZATION_POLICY"
    OKTA_SIGN_ON = "OKTA_SIGN_ON"
    PASSWORD = "PASSWORD"
    PROFILE_ENROLLMENT = "PROFILE_ENROLLMENT"
