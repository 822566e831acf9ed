from .._enum import OktaEnum


class PolicyContextRiskMinRiskLevel(OktaEnum):
    """Values of `PolicyContextRiskMinRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
