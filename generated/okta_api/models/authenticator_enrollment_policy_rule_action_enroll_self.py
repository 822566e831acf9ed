from .._enum import OktaEnum


class AuthenticatorEnrollmentPolicyRuleActionEnrollSelf(OktaEnum):
    """Values of `AuthenticatorEnrollmentPolicyRuleActionEnrollSelf`; an unknown value parses too (see `OktaEnum`)."""

    CHALLENGE = "CHALLENGE"
    LOGIN = "LOGIN"
    NEVER = "NEVER"
    NEVER_INCLUDING_RECOVERY = "NEVER_INCLUDING_RECOVERY"
