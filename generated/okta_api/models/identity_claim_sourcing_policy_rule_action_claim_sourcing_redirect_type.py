from .._enum import OktaEnum


class IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType(OktaEnum):
    """Values of `IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType`; an unknown value parses too (see `OktaEnum`)."""

    IDP_DISCOVERY = "IDP_DISCOVERY"
