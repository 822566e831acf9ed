from .._enum import OktaEnum


class LogBotProtectionLevel(OktaEnum):
    """Values of `LogBotProtectionLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    NONE = "NONE"
