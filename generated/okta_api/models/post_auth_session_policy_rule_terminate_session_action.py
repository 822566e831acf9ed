from .._enum import OktaEnum


class PostAuthSessionPolicyRuleTerminateSessionAction(OktaEnum):
    """Values of `PostAuthSessionPolicyRuleTerminateSessionAction`; an unknown value parses too (see `OktaEnum`)."""

    TERMINATE_SESSION = "TERMINATE_SESSION"
