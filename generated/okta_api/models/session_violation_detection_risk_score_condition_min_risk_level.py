from .._enum import OktaEnum


class SessionViolationDetectionRiskScoreConditionMinRiskLevel(OktaEnum):
    """Values of `SessionViolationDetectionRiskScoreConditionMinRiskLevel`; an unknown value parses too (see `OktaEnum`)."""

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
