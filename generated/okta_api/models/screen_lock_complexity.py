from .._enum import OktaEnum


class ScreenLockComplexity(OktaEnum):
    """Values of `ScreenLockComplexity`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
