from .._enum import OktaEnum


class BotProtectionLevel(OktaEnum):
    """Values of `BotProtectionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
