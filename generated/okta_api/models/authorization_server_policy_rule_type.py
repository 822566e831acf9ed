from .._enum import OktaEnum


class AuthorizationServerPolicyRuleType(OktaEnum):
    """Values of `AuthorizationServerPolicyRuleType`; an unknown value parses too (see `OktaEnum`)."""

    RESOURCE_ACCESS = "RESOURCE_ACCESS"
