from .._enum import OktaEnum


class UserRiskLevelPut(OktaEnum):
    """Values of `UserRiskLevelPut`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
