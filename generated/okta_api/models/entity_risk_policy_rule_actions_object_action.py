from .._enum import OktaEnum


class EntityRiskPolicyRuleActionsObjectAction(OktaEnum):
    """Values of `EntityRiskPolicyRuleActionsObjectAction`; an unknown value parses too (see `OktaEnum`)."""

    RUN_WORKFLOW = "RUN_WORKFLOW"
    TERMINATE_ALL_SESSIONS = "TERMINATE_ALL_SESSIONS"
