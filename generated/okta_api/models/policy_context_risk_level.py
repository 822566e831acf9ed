from .._enum import OktaEnum


class PolicyContextRiskLevel(OktaEnum):
    """Values of `PolicyContextRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
