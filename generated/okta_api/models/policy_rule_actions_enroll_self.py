from .._enum import OktaEnum


class PolicyRuleActionsEnrollSelf(OktaEnum):
    """Values of `PolicyRuleActionsEnrollSelf`; an unknown value parses too (see `OktaEnum`)."""

    CHALLENGE = "CHALLENGE"
    LOGIN = "LOGIN"
    NEVER = "NEVER"
    NEVER_INCLUDING_RECOVERY = "NEVER_INCLUDING_RECOVERY"
