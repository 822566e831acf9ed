from .._enum import OktaEnum


class ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction(OktaEnum):
    """Values of `ProfileEnrollmentPolicyRuleActionProgressiveProfilingAction`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
