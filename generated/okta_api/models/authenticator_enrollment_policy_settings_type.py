from .._enum import OktaEnum


class AuthenticatorEnrollmentPolicySettingsType(OktaEnum):
    """Values of `AuthenticatorEnrollmentPolicySettingsType`; an unknown value parses too (see `OktaEnum`)."""

    AUTHENTICATORS = "AUTHENTICATORS"
    FACTORS = "FACTORS"
