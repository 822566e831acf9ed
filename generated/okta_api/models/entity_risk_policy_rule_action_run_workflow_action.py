from .._enum import OktaEnum


class EntityRiskPolicyRuleActionRunWorkflowAction(OktaEnum):
    """Values of `EntityRiskPolicyRuleActionRunWorkflowAction`; an unknown value parses too (see `OktaEnum`)."""

    RUN_WORKFLOW = "RUN_WORKFLOW"
