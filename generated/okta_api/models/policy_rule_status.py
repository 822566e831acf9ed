from .._enum import OktaEnum


class PolicyRuleStatus(OktaEnum):
    """Values of `PolicyRuleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
