from .._enum import OktaEnum


class PostAuthSessionPolicyRuleRunWorkflowAction(OktaEnum):
    """Values of `PostAuthSessionPolicyRuleRunWorkflowAction`; an unknown value parses too (see `OktaEnum`)."""

    RUN_WORKFLOW = "RUN_WORKFLOW"
