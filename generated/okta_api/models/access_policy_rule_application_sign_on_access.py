from .._enum import OktaEnum


class AccessPolicyRuleApplicationSignOnAccess(OktaEnum):
    """Values of `AccessPolicyRuleApplicationSignOnAccess`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
