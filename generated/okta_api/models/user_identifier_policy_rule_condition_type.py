from .._enum import OktaEnum


class UserIdentifierPolicyRuleConditionType(OktaEnum):
    """Values of `UserIdentifierPolicyRuleConditionType`; an unknown value parses too (see `OktaEnum`)."""

    ATTRIBUTE = "ATTRIBUTE"
    IDENTIFIER = "IDENTIFIER"
