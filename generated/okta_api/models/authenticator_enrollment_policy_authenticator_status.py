from .._enum import OktaEnum


class AuthenticatorEnrollmentPolicyAuthenticatorStatus(OktaEnum):
    """Values of `AuthenticatorEnrollmentPolicyAuthenticatorStatus`; an unknown value parses too (see `OktaEnum`)."""

    NOT_ALLOWED = "NOT_ALLOWED"
    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
