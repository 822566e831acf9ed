from .._enum import OktaEnum


class UserRiskLevelAll(OktaEnum):
    """Values of `UserRiskLevelAll`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    NONE = "NONE"
