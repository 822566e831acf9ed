from .._enum import OktaEnum


class IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType(OktaEnum):
    """Values of `IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType`; an unknown value parses too (see `OktaEnum`)."""

    FIXED = "FIXED"
    NONE = "NONE"
