from .._enum import OktaEnum


class LogRiskPreviousLevel(OktaEnum):
    """Values of `LogRiskPreviousLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
