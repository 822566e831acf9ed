from .._enum import OktaEnum


class BotProtectionSupportedFlow(OktaEnum):
    """Values of `BotProtectionSupportedFlow`; an unknown value parses too (see `OktaEnum`)."""

    SIGN_IN = "SIGN_IN"
    SSPR = "SSPR"
    SSR = "SSR"
