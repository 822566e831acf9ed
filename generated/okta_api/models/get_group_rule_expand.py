from .._enum import OktaEnum


class GetGroupRuleExpand(OktaEnum):
    """Values of `GetGroupRuleExpand`; an unknown value parses too (see `OktaEnum`)."""

    GROUPIDTOGROUPNAMEMAP = "groupIdToGroupNameMap"
