from .._enum import OktaEnum


class AuthorizationServerPolicyRuleStatus(OktaEnum):
    """Values of `AuthorizationServerPolicyRuleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
