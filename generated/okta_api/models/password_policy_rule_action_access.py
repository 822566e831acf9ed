from .._enum import OktaEnum


class PasswordPolicyRuleActionAccess(OktaEnum):
    """Values of `PasswordPolicyRuleActionAccess`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
