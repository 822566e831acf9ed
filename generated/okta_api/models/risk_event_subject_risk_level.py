from .._enum import OktaEnum


class RiskEventSubjectRiskLevel(OktaEnum):
    """Values of `RiskEventSubjectRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
