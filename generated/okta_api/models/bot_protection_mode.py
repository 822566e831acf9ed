from .._enum import OktaEnum


class BotProtectionMode(OktaEnum):
    """Values of `BotProtectionMode`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """Bot protection is disabled"""
    ENFORCED = "ENFORCED"
    """Enforcement is applied to events where bots are detected"""
    LOG_ONLY = "LOG_ONLY"
    """Bot detection events are logged but not enforced"""
