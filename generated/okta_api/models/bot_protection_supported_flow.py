from .._enum import OktaEnum


class BotProtectionSupportedFlow(OktaEnum):
    """Values of `BotProtectionSupportedFlow`; an unknown value parses too (see `OktaEnum`)."""

    SIGN_IN = "SIGN_IN"
    """User sign-in page"""
    SSPR = "SSPR"
    """Self-Service Password Recovery page"""
    SSR = "SSR"
    """Self-Service Registration page"""
