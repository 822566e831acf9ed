from .._enum import OktaEnum


class OktaUserRiskChangeEventCurrentLevel(OktaEnum):
    """Values of `OktaUserRiskChangeEventCurrentLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"
    SECURE = "secure"
