from .._enum import OktaEnum


class OktaUserRiskChangeEventPreviousLevel(OktaEnum):
    """Values of `OktaUserRiskChangeEventPreviousLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"
    SECURE = "secure"
