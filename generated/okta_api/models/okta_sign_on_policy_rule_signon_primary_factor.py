from .._enum import OktaEnum


class OktaSignOnPolicyRuleSignonPrimaryFactor(OktaEnum):
    """Values of `OktaSignOnPolicyRuleSignonPrimaryFactor`; an unknown value parses too (see `OktaEnum`)."""

    PASSWORD_IDP = "PASSWORD_IDP"
    PASSWORD_IDP_ANY_FACTOR = "PASSWORD_IDP_ANY_FACTOR"
