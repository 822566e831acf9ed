from .._enum import OktaEnum


class ClientUpdatePolicyRuleActionsObjectValue(OktaEnum):
    """Values of `ClientUpdatePolicyRuleActionsObjectValue`; an unknown value parses too (see `OktaEnum`)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
    HOTFIX_ONLY = "HOTFIX_ONLY"
