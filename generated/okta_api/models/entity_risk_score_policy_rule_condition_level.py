from .._enum import OktaEnum


class EntityRiskScorePolicyRuleConditionLevel(OktaEnum):
    """Values of `EntityRiskScorePolicyRuleConditionLevel`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
