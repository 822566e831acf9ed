from .._enum import OktaEnum


class OktaSignOnPolicyRuleSignonActionsAccess(OktaEnum):
    """Values of `OktaSignOnPolicyRuleSignonActionsAccess`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
