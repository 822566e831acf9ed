from .._enum import OktaEnum


class AccountLinkedEnrollmentType(OktaEnum):
    """Values of `AccountLinkedEnrollmentType`; an unknown value parses too (see `OktaEnum`)."""

    DESKTOP_MFA = "desktop_mfa"
    PLATFORM_SSO = "platform_sso"
