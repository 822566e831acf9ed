from .._enum import OktaEnum


class RiskScorePolicyRuleConditionLevel(OktaEnum):
    """Values of `RiskScorePolicyRuleConditionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
