from .._enum import OktaEnum


class EntityRiskPolicyRuleActionTerminateAllSessionsAction(OktaEnum):
    """Values of `EntityRiskPolicyRuleActionTerminateAllSessionsAction`; an unknown value parses too (see `OktaEnum`)."""

    TERMINATE_ALL_SESSIONS = "TERMINATE_ALL_SESSIONS"
