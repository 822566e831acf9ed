from .._enum import OktaEnum


class GroupRuleStatus(OktaEnum):
    """Values of `GroupRuleStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    INVALID = "INVALID"
