from .._enum import OktaEnum


class ProfileEnrollmentPolicyRuleActionUnknownUserAction(OktaEnum):
    """Values of `ProfileEnrollmentPolicyRuleActionUnknownUserAction`; an unknown value parses too (see `OktaEnum`)."""

    DENY = "DENY"
    REGISTER = "REGISTER"
