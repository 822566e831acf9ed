from .._enum import OktaEnum


class PolicyRuleAuthContextConditionAuthType(OktaEnum):
    """Values of `PolicyRuleAuthContextConditionAuthType`; an unknown value parses too (see `OktaEnum`)."""

    ANY = "ANY"
    RADIUS = "RADIUS"
