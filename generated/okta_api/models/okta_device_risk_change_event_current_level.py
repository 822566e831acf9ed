from .._enum import OktaEnum


class OktaDeviceRiskChangeEventCurrentLevel(OktaEnum):
    """Values of `OktaDeviceRiskChangeEventCurrentLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"
    SECURE = "secure"
