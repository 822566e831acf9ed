from .._enum import OktaEnum


class MultifactorEnrollmentPolicyAuthenticatorStatus(OktaEnum):
    """Values of `MultifactorEnrollmentPolicyAuthenticatorStatus`; an unknown value parses too (see `OktaEnum`)."""

    NOT_ALLOWED = "NOT_ALLOWED"
    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"
