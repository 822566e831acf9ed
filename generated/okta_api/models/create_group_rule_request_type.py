from .._enum import OktaEnum


class CreateGroupRuleRequestType(OktaEnum):
    """Values of `CreateGroupRuleRequestType`; an unknown value parses too (see `OktaEnum`)."""

    GROUP_RULE = "group_rule"
