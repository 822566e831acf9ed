from .._enum import OktaEnum


class OktaSignOnPolicyRuleSignonActionsFactorPromptMode(OktaEnum):
    """Values of `OktaSignOnPolicyRuleSignonActionsFactorPromptMode`; an unknown value parses too (see `OktaEnum`)."""

    ALWAYS = "ALWAYS"
    DEVICE = "DEVICE"
    SESSION = "SESSION"
