from .._enum import OktaEnum


class IdentityProviderPolicyRuleConditionProvider(OktaEnum):
    """Values of `IdentityProviderPolicyRuleConditionProvider`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    OKTA = "OKTA"
    SPECIFIC_IDP = "SPECIFIC_IDP"
