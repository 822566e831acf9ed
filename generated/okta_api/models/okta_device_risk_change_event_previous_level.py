from .._enum import OktaEnum


class OktaDeviceRiskChangeEventPreviousLevel(OktaEnum):
    """Values of `OktaDeviceRiskChangeEventPreviousLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"
    SECURE = "secure"
