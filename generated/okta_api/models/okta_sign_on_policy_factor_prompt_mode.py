from .._enum import OktaEnum


class OktaSignOnPolicyFactorPromptMode(OktaEnum):
    """Values of `OktaSignOnPolicyFactorPromptMode`; an unknown value parses too (see `OktaEnum`)."""

    ALWAYS = "ALWAYS"
    DEVICE = "DEVICE"
    SESSION = "SESSION"
