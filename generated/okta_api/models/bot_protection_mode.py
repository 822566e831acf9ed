from .._enum import OktaEnum


class BotProtectionMode(OktaEnum):
    """Values of `BotProtectionMode`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    ENFORCED = "ENFORCED"
    LOG_ONLY = "LOG_ONLY"
