from .._enum import OktaEnum


class LogRiskLevel(OktaEnum):
    """Values of `LogRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
