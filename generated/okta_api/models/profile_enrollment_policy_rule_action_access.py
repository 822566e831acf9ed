from .._enum import OktaEnum


class ProfileEnrollmentPolicyRuleActionAccess(OktaEnum):
    """Values of `ProfileEnrollmentPolicyRuleActionAccess`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
