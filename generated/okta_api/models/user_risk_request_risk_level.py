from .._enum import OktaEnum


class UserRiskRequestRiskLevel(OktaEnum):
    """Values of `UserRiskRequestRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
